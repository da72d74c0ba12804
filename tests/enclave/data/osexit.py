import os
print("before _exit")
try:
    os._exit(4)
except SystemExit:
    print("handler ran")
finally:
    print("finally ran")
print("not reached")

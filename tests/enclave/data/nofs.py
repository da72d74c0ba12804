for path in ["/etc/passwd", "data.txt"]:
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e)
import time
try:
    print(time.time())
except PermissionError as e:
    print(type(e).__name__, e)

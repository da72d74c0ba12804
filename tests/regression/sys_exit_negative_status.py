# safepy printed "can't open file '...': [Errno 2] No such file or directory" and exited 2 instead of exiting with status 255 for sys.exit(-1)
import sys
print("bad input, giving up")
sys.exit(-1)

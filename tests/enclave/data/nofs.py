for path in ["/etc/passwd", "data.txt"]:
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e)
import time
print(time.time())

# A replaced sys.excepthook raising SystemExit with an int beyond the C long range:
# status 255 (what CPython's conversion of -1 gives), nothing on stderr.
import sys


def hook(t, v, tb):
    print("hook saw", t.__name__)
    raise SystemExit(2 ** 100)


sys.excepthook = hook
raise KeyError("k")

# A replaced sys.excepthook that raises SystemExit: the program exits with that code
# (no "Error in sys.excepthook" report), as CPython does.
import sys


def hook(t, v, tb):
    print("hook saw", t.__name__, v, file=sys.stderr)
    print("stdout from hook")
    raise SystemExit(4)


sys.excepthook = hook
print("start")
raise KeyError('z')

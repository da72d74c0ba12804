# A replaced sys.excepthook raising SystemExit whose code is neither None nor an int
# and whose str() fails: CPython writes an empty line on stderr and exits with status 1.
import sys


class Bad:
    def __str__(self):
        raise RuntimeError("no str")


def hook(t, v, tb):
    print("hook saw", t.__name__)
    raise SystemExit(Bad())


sys.excepthook = hook
raise ValueError("original")

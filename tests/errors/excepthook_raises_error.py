# A replaced sys.excepthook that itself fails: both reports, status 1.
import sys


def hook(t, v, tb):
    raise RuntimeError("hook broke")


sys.excepthook = hook
raise ValueError("original")

# A replaced sys.excepthook raising SystemExit with a message: printed on stderr, status 1.
import sys


def hook(t, v, tb):
    sys.exit("hook says bye: " + t.__name__)


sys.excepthook = hook
raise ValueError("original")

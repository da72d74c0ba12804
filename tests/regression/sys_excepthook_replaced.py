# An uncaught exception ignored a replaced sys.excepthook (the default report was printed).
import sys
def hook(exc_type, value, tb):
    print("hook:", exc_type.__name__, value, type(tb).__name__)
sys.excepthook = hook
print("before")
raise ValueError("unhandled")

# An exception in __del__ is reported through sys.unraisablehook and ignored; the
# program goes on
import sys


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__qualname__, u.err_msg)


sys.unraisablehook = hook


class A:
    def __del__(self):
        raise ValueError("boom")


a = A()
del a
print("after del")


class B:
    def __del__(self):
        print("B del")
        1 / 0


def f():
    b = B()


f()
print("after f")
try:
    raise KeyError("pending")
except KeyError as e:
    x = A()
    x = None
    print("handled", repr(e), sys.exc_info()[0].__name__)
print("end")

# sys._getframe() hands out one frame object per activation (the same object again),
# its f_locals is refreshed on access while the frame runs, and when the frame ends the
# object keeps the final variables and line, as CPython's frame objects do.
import re
import sys


def k():
    a = 5
    fr = sys._getframe()
    a = 6
    b = 7
    return fr


f = k()
print(sorted(f.f_locals), f.f_locals["a"], f.f_lineno - f.f_code.co_firstlineno)
print(re.sub("file .*, line", "file F, line", re.sub("0x[0-9a-f]+", "ADDR", repr(f))))


def outer():
    x = 1
    inner()
    x = 2
    return saved


def inner():
    global saved
    saved = sys._getframe().f_back
    print(saved.f_locals)


print(outer().f_locals)


def same():
    return sys._getframe() is sys._getframe(), sys._getframe(1) is sys._getframe(1)


print(same())


def live():
    fr = sys._getframe()
    n = 1
    first = dict(fr.f_locals)
    n = 2
    return first, fr.f_locals


first, last = live()
print(sorted(first), first["n"], last["n"], sorted(last))


def raises():
    v = "before"
    fr = sys._getframe()
    v = "after"
    raise KeyError(fr)


try:
    raises()
except KeyError as e:
    fr = e.args[0]
    print(fr.f_locals["v"], fr.f_lineno - fr.f_code.co_firstlineno)

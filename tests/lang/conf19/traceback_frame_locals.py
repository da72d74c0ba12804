# tb.tb_frame.f_locals shows the frame's variables as the exception left it (safepy's
# stand-in frames had an empty dict); traceback's capture_locals uses them.
import sys
import traceback


def h(a, b=2):
    z = 3
    w = [a, b]
    def inner(): return z
    del w
    raise ValueError("x")


def outer():
    q = "outer"
    h(1)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__.tb_next
    while tb:
        loc = tb.tb_frame.f_locals
        print(tb.tb_frame.f_code.co_name, sorted(k for k in loc), loc.get("q"), loc.get("z"))
        tb = tb.tb_next


def gen():
    x = 10
    yield 1
    raise KeyError(x)


try:
    for _ in gen():
        pass
except KeyError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)


class K:
    y = 5
    try:
        1 / 0
    except ZeroDivisionError as e:
        print(sorted(k for k in e.__traceback__.tb_frame.f_locals if not k.startswith('__')))

try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame.f_locals is globals())


def cellvar():
    c = 1
    def bump():
        nonlocal c
        c += 1
        raise IndexError
    bump()


try:
    cellvar()
except IndexError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_locals["c"], tb.tb_next.tb_frame.f_locals)


def deep(n):
    s = n * 2
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)


try:
    deep(2)
except RuntimeError as e:
    for fr, ln in list(traceback.walk_tb(e.__traceback__))[1:]:
        print(fr.f_code.co_name, ln, fr.f_locals)
    st = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__.tb_next),
                                        capture_locals=True)
    print([f.locals for f in st])
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print([f.locals for f in te.stack][1:])
    out = "".join(traceback.format_exception(e))
    print(out.count("\n"))


def k():
    a = 5
    return inner2()


def inner2():
    return sys._getframe().f_back


print(k().f_locals)

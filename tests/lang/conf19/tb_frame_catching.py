# The frame that catches an exception: tb.tb_frame is its own frame object (the one
# sys._getframe gives, CPython's identity) with live f_locals, and keeps the final
# variables once the frame returned.
import sys
def f():
    x = 1
    try:
        raise IndexError(4)
    except Exception as e:
        tb = e.__traceback__
    x = 2
    print(tb.tb_frame is sys._getframe(), tb.tb_frame is tb.tb_frame, tb.tb_frame.f_locals['x'])
    return tb
tb = f()
print(tb.tb_frame.f_locals['x'], sorted(tb.tb_frame.f_locals))


def g():
    y = 5
    try:
        int("z")
    except ValueError as e:
        import traceback
        te = traceback.TracebackException.from_exception(e, capture_locals=True)
        return [sorted(fs.locals) for fs in te.stack]


print(g())


def h():
    try:
        1/0
    except ZeroDivisionError:
        fr = sys.exc_info()[2].tb_frame
        return fr.f_back.f_code.co_name, fr.f_code.co_name, fr is sys._getframe()


print(h())

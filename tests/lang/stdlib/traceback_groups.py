# traceback module formatting of exception groups (boxes, limits, chains)
import traceback, sys


def out(text):
    print(text.replace(__file__, "FILE"))


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    out(traceback.format_exc())
    out("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
def f():
    raise KeyError("deep")
try:
    try:
        f()
    except KeyError as k:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("in", [k, OSError()])]) from k
except ExceptionGroup as e:
    out("".join(traceback.format_exception(e)))
    te = traceback.TracebackException.from_exception(e, max_group_width=1, max_group_depth=1)
    out("".join(te.format()))
    print(len(te.exceptions), te.exceptions[1].exceptions[0].exc_type.__name__)
    out("".join(traceback.format_exception(e, chain=False)))

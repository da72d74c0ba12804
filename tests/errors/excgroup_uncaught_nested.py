# An uncaught exception group: CPython 3.11's boxed traceback format, with nested groups
# and chained sub-exceptions.
def f():
    raise ValueError(1)


def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("t") from e


excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
excs.append(ExceptionGroup("inner", [KeyError("k"), OSError(2, "x")]))
raise ExceptionGroup("outer", excs)

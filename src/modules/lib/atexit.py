"""atexit: functions to run when the interpreter exits (our own implementation).

register() appends to a list; the runtime calls _run_exitfuncs() once at the end of the
main program (after an uncaught exception has been reported, as CPython does), which
calls the functions last-registered first. An exception raised by one of them is
reported on stderr and the others still run.
"""

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    import sys
    threading = sys.modules.get('threading')
    if threading is not None:
        try:
            threading._shutdown()
        except BaseException:
            pass
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            try:
                import traceback
                print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
                tb = e.__traceback__
                traceback.print_exception(type(e), e, tb.tb_next if tb else None, file=sys.stderr)
            except BaseException:
                pass

"""_thread (safepy implementation): the low-level thread API, over the single-thread
model of our threading module (which see): a thread started with start_new_thread runs
to completion before the call returns, and locks that would wait for another thread
raise RuntimeError instead of hanging. Pure-Python modules written against _thread
(CPython's functools, reprlib, dataclasses, tempfile ...) import and run on it.
"""

import threading as _threading

__all__ = ['LockType', 'RLock', 'TIMEOUT_MAX', 'allocate', 'allocate_lock',
           'error', 'exit', 'exit_thread', 'get_ident', 'get_native_id',
           'interrupt_main', 'stack_size', 'start_new', 'start_new_thread']

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading.Lock
RLock = _threading.RLock
_local = _threading.local
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_excepthook = _threading.excepthook
_ExceptHookArgs = _threading.ExceptHookArgs


def allocate_lock():
    """Create a new lock object (unlocked)."""
    return LockType()


allocate = allocate_lock


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) in a new thread; return the thread's identifier."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    if not callable(function):
        raise TypeError("first arg must be callable")
    def body():
        try:
            function(*args, **(kwargs or {}))
        except SystemExit:
            pass
        except BaseException as e:
            # as CPython's unraisable hook reports it (the traceback from function down)
            import sys
            import traceback
            sys.stderr.write("Exception ignored in thread started by: %r\n" % (function,))
            traceback.print_exception(type(e), e, e.__traceback__.tb_next, file=sys.stderr)

    t = _threading.Thread(target=body, daemon=True)
    t.start()
    return t.ident


start_new = start_new_thread


def exit():
    """Exit the current thread (raises SystemExit)."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Simulate the arrival of signal `signum` in the main thread: for SIGINT (the
    default) KeyboardInterrupt is raised at once; safepy handles no other signals, so
    they have no effect."""
    if not 1 <= signum < 65:
        raise ValueError("signal number out of range")
    if signum == 2:
        raise KeyboardInterrupt


def _count():
    """The number of threads started through this module and still running."""
    return _threading.active_count() - 1

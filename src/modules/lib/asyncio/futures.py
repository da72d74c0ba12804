"""asyncio Future (safepy's own implementation)."""

import contextvars
import reprlib
import types
from types import GenericAlias
from . import events
from . import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


class Future:
    """A value that will be available later; awaiting it suspends until it is."""

    __module__ = '_asyncio'  # as CPython's C implementation reports it

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={reprlib.repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        info = self._repr_info()
        return f'<{type(self).__name__} {" ".join(info)}>'

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True
        note = getattr(self._loop, '_note_unretrieved', None)
        if note is not None:
            note(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _hide_from_tracebacks(cls):
    """Flag the code of cls's own methods CO_SAFEPY_NO_TRACEBACK (safepy's 0x40000000):
    CPython runs Future and Task in C, so their frames never appear in a traceback (an
    error raised in a task and re-raised by `await task` shows only the user's frames)."""
    for attr in list(vars(cls).values()):
        if isinstance(attr, property):
            fns = (attr.fget, attr.fset, attr.fdel)
        elif isinstance(attr, (staticmethod, classmethod)):
            fns = (attr.__func__,)
        else:
            fns = (attr,)
        for fn in fns:
            if type(fn) is types.FunctionType:
                code = fn.__code__
                fn.__code__ = code.replace(co_flags=code.co_flags | 0x40000000)


_hide_from_tracebacks(Future)


def _format_callbacks(callbacks):
    # the first and the last callback, as CPython's Future repr shows them
    def one(entry):
        return events._format_callback_source(entry[0], ())
    n = len(callbacks)
    if n == 1:
        text = one(callbacks[0])
    elif n == 2:
        text = f'{one(callbacks[0])}, {one(callbacks[1])}'
    else:
        text = f'{one(callbacks[0])}, <{n - 2} more>, {one(callbacks[-1])}'
    return f'cb=[{text}]'


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_state(source, dest):
    """Gives [dest] (an asyncio or a concurrent.futures future) the outcome of the done
    future [source], unless dest was cancelled meanwhile."""
    if isfuture(dest):
        if dest.cancelled():
            return
        if source.cancelled():
            dest.cancel()
        elif source.exception() is not None:
            dest.set_exception(source.exception())
        else:
            dest.set_result(source.result())
        return
    if source.cancelled():
        dest.cancel()
    if not dest.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


def _chain_future(source, dest):
    """Links two futures, each an asyncio or a concurrent.futures one: dest gets source's
    outcome, and cancelling dest cancels source."""
    src_loop = source.get_loop() if isfuture(source) else None
    dest_loop = dest.get_loop() if isfuture(dest) else None

    def dest_done(fut):
        if not fut.cancelled():
            return
        if src_loop is None or src_loop is dest_loop:
            source.cancel()
        elif not src_loop.is_closed():
            src_loop.call_soon_threadsafe(source.cancel)

    def source_done(fut):
        if dest.cancelled() and dest_loop is not None:
            return
        if dest_loop is None or dest_loop is src_loop:
            _copy_state(fut, dest)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(_copy_state, fut, dest)

    dest.add_done_callback(dest_done)
    source.add_done_callback(source_done)


def wrap_future(future, *, loop=None):
    """Wrap concurrent.futures.Future object."""
    if isfuture(future):
        return future
    import concurrent.futures
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future

"""asyncio event loop (safepy's own implementation): a single-threaded loop with a ready
queue and a heap of timers. There is no selector: when nothing is ready the loop sleeps
(time.sleep) until the next timer is due."""

import contextvars
import functools
import heapq
import inspect
import reprlib
import sys
import time
import weakref
from collections import deque

from . import exceptions

__all__ = ('AbstractEventLoop', 'BaseEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop',
           '_get_running_loop', '_set_running_loop', 'AbstractEventLoopPolicy',
           'get_event_loop_policy', 'set_event_loop_policy', 'DefaultEventLoopPolicy',
           'SelectorEventLoop')


class Handle:
    """A callback scheduled on the loop."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        # As in CPython, a callback runs in the context current when it was scheduled.
        self._context = contextvars.copy_context() if context is None else context

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<' + ' '.join(info) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback(self._callback, self._args)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a given loop time."""

    __slots__ = ('_when', '_seq', '_scheduled')

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __le__(self, other):
        return (self._when, self._seq) <= (other._when, other._seq)

    def __gt__(self, other):
        return (self._when, self._seq) > (other._when, other._seq)

    def __ge__(self, other):
        return (self._when, self._seq) >= (other._when, other._seq)

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return self is other
        return NotImplemented

    __hash__ = object.__hash__

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


def _format_args(args, kwargs):
    items = [reprlib.repr(a) for a in args] if args else []
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return f'({", ".join(items)})'


def _format_callback_name(func, args, kwargs, suffix=''):
    # a partial shows its own arguments after those it was called with
    if isinstance(func, functools.partial):
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback_name(func.func, func.args, func.keywords, suffix)
    if getattr(func, '__qualname__', None):
        text = func.__qualname__
    elif getattr(func, '__name__', None):
        text = func.__name__
    else:
        text = repr(func)
    return text + _format_args(args, kwargs) + suffix


def _function_source(func):
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback_name(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


_format_callback = _format_callback_source


class AbstractEventLoop:
    """Abstract event loop."""


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._cancelled_timers = 0
        self._unretrieved = []
        self._unretrieved_limit = 64

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- state ----

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._report_unretrieved()
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    # CPython reports a future whose exception nobody retrieved when the future is freed
    # (Future.__del__). safepy has no finalizers: the loop remembers such futures and
    # reports those still unretrieved when it closes (asyncio.run closes its loop).
    def _note_unretrieved(self, fut):
        pending = self._unretrieved
        pending.append(fut)
        if len(pending) > self._unretrieved_limit:
            pending[:] = [f for f in pending if f._log_traceback]
            self._unretrieved_limit = max(64, 2 * len(pending))

    def _report_unretrieved(self):
        pending, self._unretrieved = self._unretrieved, []
        for fut in pending:
            if not fut._log_traceback:
                continue
            fut._log_traceback = False
            self.call_exception_handler({
                'message': f'{type(fut).__name__} exception was never retrieved',
                'exception': fut._exception,
                'future': fut,
            })

    def stop(self):
        self._stopping = True

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        return time.monotonic()

    # ---- scheduling ----

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug and not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), '
                            f'got {callback!r}')
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug and not callable(callback):
            raise TypeError('a callable object was expected by call_at(), '
                            f'got {callback!r}')
        self._seq += 1
        h = TimerHandle(when, self._seq, callback, args, self, context)
        heapq.heappush(self._scheduled, h)
        h._scheduled = True
        return h

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            from .tasks import Task
            return Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                task.set_name(name)
            except AttributeError:
                pass
        return task

    def run_in_executor(self, executor, func, *args):
        """safepy has no threads: func runs now and the future is already done."""
        self._check_closed()
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def set_default_executor(self, executor):
        pass

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running ----

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        self._running = True
        old = _get_running_loop()
        _set_running_loop(self)
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        from .tasks import ensure_future
        new_task = not _is_future(future)
        future = ensure_future(future, loop=self)

        def done_cb(fut):
            if not fut.cancelled():
                exc = fut.exception()
                if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                    return
            self.stop()
        future.add_done_callback(done_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(done_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        sched = self._scheduled
        if self._cancelled_timers > 0 and self._cancelled_timers * 2 > len(sched):
            self._scheduled = sched = [h for h in sched if not h._cancelled]
            heapq.heapify(sched)
            self._cancelled_timers = 0
        while sched and sched[0]._cancelled:
            h = heapq.heappop(sched)
            h._scheduled = False
            self._cancelled_timers -= 1
        if not self._ready and not self._stopping:
            if sched:
                timeout = sched[0]._when - self.time()
                if timeout > 0:
                    time.sleep(timeout)
            elif not self._ready:
                # nothing can ever wake us: avoid spinning forever
                pass
        end = self.time()
        while sched:
            h = sched[0]
            if h._when > end:
                break
            heapq.heappop(sched)
            h._scheduled = False
            self._ready.append(h)
        n = len(self._ready)
        for _ in range(n):
            h = self._ready.popleft()
            if h._cancelled:
                continue
            h._run()

    # ---- errors ----

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=sys.stderr)
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    # ---- async generators ----

    # Async generators first iterated while this loop runs are registered here (by
    # sys's firstiter hook); those still open are closed by shutdown_asyncgens.
    # (safepy never calls the finalizer hook: there is no finalization on collection.)
    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        gens = list(self._asyncgens)
        self._asyncgens.clear()
        from .tasks import gather
        results = await gather(*[g.aclose() for g in gens], return_exceptions=True)
        for result, agen in zip(results, gens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass


def _is_future(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


class _RunningLoop:
    loop = None


_running = _RunningLoop()


def _get_running_loop():
    return _running.loop


def _set_running_loop(loop):
    _running.loop = loop


def get_running_loop():
    loop = _running.loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() and asyncio.run() make, named (and placed) as CPython's
    on POSIX; safepy's loop runs callbacks, timers and futures only (no selector)."""


_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


class _PolicyHolder:
    policy = None


_policy = _PolicyHolder()


def get_event_loop_policy():
    if _policy.policy is None:
        _policy.policy = DefaultEventLoopPolicy()
    return _policy.policy


def set_event_loop_policy(policy):
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy.policy = policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


SelectorEventLoop = _UnixSelectorEventLoop

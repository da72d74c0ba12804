"""concurrent.futures.thread: ThreadPoolExecutor. Each submitted call runs at once in a
pseudo-thread (safepy runs one thread, see threading) as a _WorkItem, CPython's unit of
work, whose run() settles its future."""

import threading as _threading
import types

from concurrent.futures._base import Executor, Future, BrokenExecutor


class _WorkItem:

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


class ThreadPoolExecutor(Executor):

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        prefix = thread_name_prefix
        if not prefix:
            prefix = 'ThreadPoolExecutor-%d' % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = prefix

    def _call(self, item):
        if self._initializer is not None and not self._initialized:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
        if self._broken:
            item.future.set_exception(BrokenExecutor(self._broken))
            return
        item.run()

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenExecutor(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        worker = _threading.Thread(name=self._thread_name_prefix + '_0',
                                   target=self._call, args=(_WorkItem(f, fn, args, kwargs),))
        worker.start()
        _threading._wait_until(lambda: worker._finished, worker)     # runs it now
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

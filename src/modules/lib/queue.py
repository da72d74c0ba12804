"""queue: FIFO, LIFO and priority queues (our own implementation).

safepy runs one thread at a time (see threading): a blocking get() on an
empty queue, put() on a full one or join() with unfinished tasks first runs
the threads that are ready (started, not run yet), which may fill or drain
it. If they do not, in the main thread get() and put() raise Empty / Full
and join() RuntimeError at once (where CPython would wait, forever without a
timeout); in another thread the wait parks it for good (see threading).
"""

from collections import deque
import heapq
from threading import _wait_until, _would_block

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _would_block_in_thread(what):
    # a thread other than the main one waits for good (threading._would_block); the
    # main thread gets Empty / Full at once instead of waiting forever
    import threading
    if threading._current:
        _would_block(what)


def _check_timeout(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        if not _wait_until(lambda: self.unfinished_tasks <= 0):
            _would_block('Queue.join() with unfinished tasks')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0:
            _check_timeout(block, timeout)
            if block and self._qsize() >= self.maxsize:
                _wait_until(lambda: self._qsize() < self.maxsize)
            if self._qsize() >= self.maxsize:
                if block and timeout is None:
                    _would_block_in_thread('put() on a full queue')
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if block and not self._qsize():
            _wait_until(self._qsize)
        if not self._qsize():
            if block and timeout is None:
                _would_block_in_thread('get() on an empty queue')
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if block and not self._queue:
            _wait_until(lambda: self._queue)
        if not self._queue:
            if block and timeout is None:
                _would_block_in_thread('get() on an empty queue')
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

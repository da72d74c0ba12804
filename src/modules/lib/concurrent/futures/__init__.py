"""concurrent.futures: executors and futures over safepy's single thread (our own code).

An executor runs each submitted call at once, inside a pseudo-thread named like
CPython's workers (see threading), and returns a finished Future holding its result or
exception. map() yields results in order, raising a call's exception when its result is
reached. The parts live where CPython keeps them: _base (futures, wait, as_completed),
thread (ThreadPoolExecutor), process (ProcessPoolExecutor).
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, BrokenExecutor,
                                      InvalidStateError, Future, Executor, wait,
                                      as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor',
           'wait', 'as_completed', 'ThreadPoolExecutor', 'ProcessPoolExecutor')

"""concurrent.futures._base: futures, the executor interface and wait/as_completed
over safepy's single thread (our own code; the module layout is CPython's).

Futures handed out by the executors (concurrent.futures.thread, .process) are finished
when submit returns; as_completed() yields futures in the order given; wait() reports
them all done.
"""

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

TimeoutError = TimeoutError


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return '<%s at %#x state=finished raised %s>' % (
                    self.__class__.__name__, id(self), self._exception.__class__.__name__)
            return '<%s at %#x state=finished returned %s>' % (
                self.__class__.__name__, id(self), self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), self._state.lower())

    def _run_callbacks(self):
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception:
                import sys
                import traceback
                print('exception calling callback for %r' % (self,), file=sys.stderr)
                traceback.print_exc()

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state != _CANCELLED:
            self._state = _CANCELLED
            self._run_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def add_done_callback(self, fn):
        if not self.done():
            self._callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import sys
            import traceback
            print('exception calling callback for %r' % (self,), file=sys.stderr)
            traceback.print_exc()

    def result(self, timeout=None):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._run_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._run_callbacks()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Executor:

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def as_completed(fs, timeout=None):
    seen = set()
    for f in fs:
        if id(f) not in seen:
            seen.add(id(f))
            yield f


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)

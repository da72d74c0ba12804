"""threading: the thread API over safepy's single thread (our own implementation).

safepy has one thread of execution. A started thread is ready: it runs, to completion
and with current_thread() naming it, when some thread must wait for it: joined, or when
the running thread would wait (a held Lock, RLock or Semaphore, an unset Event, a
Condition, a Barrier, an empty or full queue.Queue): ready threads then run one after
the other (non-daemon ones first) until the wait is over. So a worker started before the
main thread fills its queue finds the items there. At exit the ready non-daemon threads
and timers run, as CPython joins them. A wait that no ready thread can end (two threads
waiting for each other) gives up at once with a timeout and without one raises
RuntimeError instead of hanging forever.
"""

import sys as _sys
import time as _time
from weakref import WeakSet as _WeakSet

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
           'stack_size', 'excepthook', 'get_native_id', 'gettrace', 'getprofile']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


class _Parked(BaseException):
    """Ends a thread (not the main one) that would wait with no ready thread left to
    end the wait: it stays blocked for good, as it would in CPython until exit."""


def _would_block(what):
    if _current:
        raise _Parked
    raise RuntimeError(what + " would wait forever: safepy runs one thread at a time")


def _wait_until(done, first=None):
    """Runs ready threads (thread [first] before the others, then non-daemon ones before
    daemon ones, each in start order) until done() is true; returns done()."""
    while not done():
        # a timer fires only when joined (or at exit): run before, it would sleep its
        # interval at once and could not be cancelled any more
        t = first if first in _ready else None
        if t is None:
            t = next((r for r in _ready if not r._daemonic and not isinstance(r, Timer)), None)
        if t is None:
            t = next((r for r in _ready if not isinstance(r, Timer)), None)
        if t is None:
            return False
        _ready.remove(t)
        t._go()
    return True


def _check_timeout(blocking, timeout):
    # the argument checks of Lock.acquire and RLock.acquire
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")


class Lock:
    """A mutex. acquire() on a held lock cannot succeed (no other thread can release)."""

    def __init__(self):
        self._locked = False

    def __reduce_ex__(self, proto):
        # Locks cannot be pickled or copied (CPython's C lock has no reduce support).
        raise TypeError("cannot pickle '_thread.lock' object")

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if self._locked and blocking:
            _wait_until(lambda: not self._locked)
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout >= 0:
            return False
        _would_block("acquiring a held Lock")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return '<%s %s object at %#x>' % (state, '_thread.lock', id(self))


def allocate_lock():
    return Lock()


class RLock:
    """A re-entrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def __reduce_ex__(self, proto):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner != me and blocking:
            _wait_until(lambda: not self._count)
        if self._count and self._owner != me:
            if not blocking or timeout >= 0:
                return False
            _would_block("acquiring an RLock held by another thread")
        self._owner = me
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return '<%s %s.%s object owner=%r count=%d at %#x>' % (
            state, self.__class__.__module__, self.__class__.__qualname__,
            self._owner, self._count, id(self))


class Condition:

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        return self._lock.locked() if hasattr(self._lock, 'locked') else True

    def _released_until(self, done):
        # the lock released (all levels of an RLock) while ready threads run until
        # done(), then taken back
        lock = self._lock
        if isinstance(lock, RLock):
            saved = lock._owner, lock._count
            lock._owner, lock._count = None, 0
        else:
            lock.release()
        try:
            return _wait_until(done)
        finally:
            if isinstance(lock, RLock):
                lock.acquire()
                lock._owner, lock._count = saved
            else:
                lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = [False]
        self._waiters.append(waiter)
        try:
            notified = self._released_until(lambda: waiter[0])
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
        if not notified and timeout is None:
            _would_block("Condition.wait() without a timeout")
        return notified

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        self._released_until(predicate)
        result = predicate()
        if not result and timeout is None:
            _would_block("Condition.wait_for() on a false predicate")
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            waiter[0] = True
        del self._waiters[:n]

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())  # as CPython's: makes copies and pickles refuse
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value <= 0 and blocking:
            _wait_until(lambda: self._value > 0)
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            return False
        _would_block("acquiring a Semaphore at zero")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:

    def __init__(self):
        self._cond = Condition(Lock())  # as CPython's: makes copies and pickles refuse
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag or _wait_until(lambda: self._flag):
            return True
        if timeout is None:
            _would_block("Event.wait() on an unset event")
        return False


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._broken = False
        self._generation = 0

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count < self._parties:
            # the others arrive from ready threads, or never
            gen = self._generation
            if not _wait_until(lambda: self._generation != gen or self._broken) or \
                    self._generation == gen:
                self._broken = True
                raise BrokenBarrierError
            return index
        self._count = 0
        if self._action:
            try:
                self._action()
            except BaseException:
                self._broken = True
                raise
        self._generation += 1
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


_counter = 0
_main_ident = 1
_threads = {}
_current = []
_ready = []             # started threads (and timers) that have not run yet
_dangling = _WeakSet()  # every Thread object still alive (CPython's test helpers read it)


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


def get_ident():
    return _current[-1]._ident if _current else _main_ident


def get_native_id():
    return get_ident()


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    if args.exc_type is SystemExit:
        return
    import traceback
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:

    _ident_counter = 1

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon if _current else False
        self._ident = None
        self._started = False
        self._running = False
        self._finished = False
        _dangling.add(self)
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._finished:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not getattr(self, '_initialized', False):
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        Thread._ident_counter += 1
        self._ident = Thread._ident_counter
        _threads[self._ident] = self
        _ready.append(self)

    def _go(self):
        # runs the ready thread (see the module's docstring)
        self._bootstrap()

    def _bootstrap(self):
        _threads[self._ident] = self
        _current.append(self)
        self._running = True
        # settrace()/setprofile() hooks: set for the thread's run, as CPython sets them in
        # the new thread; the threads here share one interpreter state, so the caller's
        # functions come back afterwards
        hooks = None
        if _trace_hook is not None or _profile_hook is not None:
            hooks = (_sys.gettrace(), _sys.getprofile())
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
        try:
            self.run()
        except _Parked:
            self._parked = True
        except BaseException as e:
            tb = e.__traceback__
            hook = globals().get('excepthook', excepthook)
            hook(ExceptHookArgs(type(e), e, tb, self))
        finally:
            if hooks is not None:
                _sys.settrace(hooks[0])
                _sys.setprofile(hooks[1])
            self._running = False
            _current.pop()
            if not getattr(self, '_parked', False):
                self._finished = True
                _threads.pop(self._ident, None)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not getattr(self, '_initialized', False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if not _wait_until(lambda: self._finished, self) and timeout is None:
            _would_block("joining a thread that waits")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        # a ready thread runs now (a loop polling is_alive() would otherwise never end),
        # a timer not (it is alive until it fires); a parked one is alive (blocked for good)
        if not isinstance(self, Timer):
            _wait_until(lambda: self not in _ready, self)
        return self._running or self in _ready or getattr(self, '_parked', False)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def _go(self):
        if not self.finished.is_set():
            _time.sleep(self.interval)
        self._bootstrap()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()



class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._running = True
        self._ident = _main_ident


_main_thread = _MainThread()


def current_thread():
    return _current[-1] if _current else _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1 + len(_threads)


activeCount = active_count


def enumerate():
    return [_main_thread] + list(_threads.values())


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


class local:
    """Thread-local data: one namespace per thread."""

    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        # per-thread namespaces and the constructor arguments (for other threads)
        object.__setattr__(self, '_local__impl', ({}, args, kw))
        return self

    def _local__ns(self):
        dicts, args, kw = object.__getattribute__(self, '_local__impl')
        key = get_ident()
        ns = dicts.get(key)
        if ns is None:
            ns = dicts[key] = {}
            object.__setattr__(self, '__dict__', ns)
            if len(dicts) > 1:  # the creating thread's __init__ ran at construction
                init = type(self).__init__
                if init is not object.__init__:
                    init(self, *args, **kw)
        object.__setattr__(self, '__dict__', ns)
        return ns

    def __getattribute__(self, name):
        if name in ('_local__impl', '_local__ns'):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, '_local__ns')()
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__ns')()
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__ns')()
        return object.__delattr__(self, name)


def _shutdown():
    # called by atexit before the registered functions, as CPython joins its threads:
    # the ready non-daemon threads and timers run
    while not all(t._daemonic for t in _ready):
        _wait_until(lambda: all(t._daemonic or isinstance(t, Timer) for t in _ready))
        for t in [t for t in _ready if isinstance(t, Timer) and not t._daemonic][:1]:
            _wait_until(lambda: t not in _ready, t)


import atexit as _atexit  # loads the module whose exit hook calls _shutdown()

# _thread, the low-level API CPython's pure-Python modules (functools, reprlib,
# dataclasses, tempfile) import.
import _thread
lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
print(lock.locked())
with lock:
    print('held', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned(), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e6)
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident())
out = []
done = _thread.allocate_lock()
done.acquire()


def work(a, b=0):
    out.append((a, b, _thread.get_ident()))
    done.release()


ident = _thread.start_new_thread(work, (1,), {'b': 2})
done.acquire()  # CPython: waits for the thread; safepy: it has already run
print(out[0][:2], out[0][2] == ident, ident != _thread.get_ident())
for bad in ((print, [1]), (print, (), []), (5, ())):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(e)
loc = _thread._local()
loc.x = 5
print(loc.x, _thread.stack_size())
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.code)
for sig in (0, 99):
    try:
        _thread.interrupt_main(sig)
    except ValueError as e:
        print(e)
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(_thread._count(), hasattr(_thread, 'daemon_threads_allowed'))

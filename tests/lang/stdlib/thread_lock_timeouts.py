# _thread locks in a single-threaded runtime: a held lock with a timeout returns False at
# once (never hangs); argument checks and messages as CPython, for Lock and RLock.
import _thread
l = _thread.allocate_lock()
l.acquire()
for kw in ({'timeout': 0.01}, {'blocking': False}, {'timeout': 0}, {'blocking': False, 'timeout': 1}, {'timeout': -2}):
    try: print(kw, l.acquire(**kw))
    except Exception as e: print(kw, type(e).__name__, e)
print(l.acquire(True, 0.001), l.acquire(0))
r = _thread.RLock()
for kw in ({'timeout': -2}, {'blocking': False, 'timeout': 1}, {'timeout': 0.01}, {'blocking': False}):
    try: print(kw, r.acquire(**kw)); r.release()
    except Exception as e: print(kw, type(e).__name__, e)

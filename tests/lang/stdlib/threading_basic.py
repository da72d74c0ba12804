# threading API over one thread: start runs the thread, locks/events/local/Timer/excepthook (module was missing).
import threading, time
results = []
def worker(n, out):
    out.append((n, threading.current_thread().name))
threads = [threading.Thread(target=worker, args=(i, results)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 10
ts = [MyThread(i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print([t.result for t in ts], [t.name for t in ts], ts[0].is_alive())
lock = threading.Lock()
counter = 0
def inc():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ths = [threading.Thread(target=inc) for _ in range(4)]
[t.start() for t in ths]; [t.join() for t in ths]
print(counter, lock.locked(), lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try: lock.release()
except RuntimeError as e: print(type(e).__name__, e)
r = threading.RLock()
with r:
    with r: print("reentrant ok")
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01)); ev.set(); print(ev.wait(), ev.is_set())
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
bs = threading.BoundedSemaphore(1)
try: bs.release()
except ValueError as e: print(e)
data = threading.local()
data.x = 1
def show(): 
    print("in thread has x:", hasattr(data, "x")); data.x = 2
t = threading.Thread(target=show); t.start(); t.join()
print("main x:", data.x)
t = threading.Thread(target=lambda: None, daemon=True)
print(t.daemon, t.name.startswith("Thread-"), t.ident)
t.start(); t.join()
try: t.start()
except RuntimeError as e: print(e)
try: threading.Thread(target=print).join()
except RuntimeError as e: print(e)
def fire(): print("timer fired")
tm = threading.Timer(0.01, fire); tm.start(); tm.join(); print("after timer")
tm2 = threading.Timer(0.01, fire); tm2.start(); tm2.cancel(); tm2.join(); print("cancelled")
cond = threading.Condition()
with cond:
    cond.notify_all()
    print(cond.wait(0.001))
def bad(): raise ValueError("thread boom")
import sys
def hook(args): print("hook got", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
t = threading.Thread(target=bad, name="bad-thread"); t.start(); t.join()
print("main continues")
print(isinstance(threading.get_ident(), int), threading.TIMEOUT_MAX > 0)

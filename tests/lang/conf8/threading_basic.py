# not in the image: sleep
import threading, queue, time, concurrent.futures as cf
results = []
lock = threading.Lock()
def work(n):
    s = sum(range(n))
    with lock:
        results.append((n, s))
ts = [threading.Thread(target=work, args=(i * 1000,), name=f"T{i}") for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), threading.current_thread().name, threading.active_count() >= 1, ts[0].name, ts[0].is_alive())
q = queue.Queue()
def producer():
    for i in range(5): q.put(i)
    q.put(None)
def consumer(out):
    while (item := q.get()) is not None:
        out.append(item * item)
out = []
p = threading.Thread(target=producer); c = threading.Thread(target=consumer, args=(out,))
p.start(); c.start(); p.join(); c.join()
print(out, q.empty())
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(5)]
    print([f.result() for f in futs], list(ex.map(str.upper, ["a", "b"])))
def boom(): raise ValueError("in thread")
with cf.ThreadPoolExecutor() as ex:
    f = ex.submit(boom)
    try: f.result()
    except ValueError as e: print("future raised", e)
ev = threading.Event()
def setter(): ev.set()
threading.Thread(target=setter).start()
print(ev.wait(1), ev.is_set())
local = threading.local(); local.x = 1; print(local.x)
class Counter(threading.Thread):
    def __init__(self): super().__init__(); self.n = 0
    def run(self):
        for _ in range(100): self.n += 1
c = Counter(); c.start(); c.join(); print(c.n)
timer = threading.Timer(0.01, lambda: print("timer fired")); timer.start(); timer.join()
sem = threading.Semaphore(2); print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False)); sem.release()
rl = threading.RLock()
with rl:
    with rl: print("reentrant ok")
print("done")

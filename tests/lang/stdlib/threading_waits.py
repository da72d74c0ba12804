# Threads that wait for each other, as programs write them: a thread started before the
# data it waits for exists runs when the main thread waits (join, a queue, an event, a
# condition, a barrier...), so the classic worker and producer/consumer patterns work.
import threading, queue, time

# a worker consuming a queue that the main thread fills after starting it
q = queue.Queue()
out = []
def worker():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 2)
        q.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.put(None)
t.join()
print('worker', out, t.is_alive())

# several workers, one sentinel each, results collected under a lock
q = queue.Queue()
lock = threading.Lock()
done = []
def consume(n):
    while (item := q.get()) is not None:
        with lock:
            done.append(item ** 2)
workers = [threading.Thread(target=consume, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
for i in range(10):
    q.put(i)
for w in workers:
    q.put(None)
for w in workers:
    w.join()
print('pool', sorted(done))

# queue.join() waits for task_done of every item
q = queue.Queue()
handled = []
def handler():
    while True:
        item = q.get()
        handled.append(item)
        q.task_done()
h = threading.Thread(target=handler, daemon=True)
h.start()
for i in range(4):
    q.put(i)
q.join()
print('queue.join', handled, q.unfinished_tasks, h.is_alive())

# an event the main thread sets after starting the waiter
ev = threading.Event()
seen = []
def waiter():
    seen.append(ev.wait())
w = threading.Thread(target=waiter)
w.start()
ev.set()
w.join()
print('event', seen)

# the main thread waits for an event a thread sets
ready = threading.Event()
def setter():
    ready.set()
threading.Thread(target=setter).start()
print('main waits', ready.wait(), ready.wait(0.5))

# condition: consumer waits for items the producer notifies
cond = threading.Condition()
items = []
got = []
def cons():
    with cond:
        while len(got) < 3:
            while not items:
                cond.wait()
            got.append(items.pop(0))
def prod():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify()
c = threading.Thread(target=cons)
p = threading.Thread(target=prod)
c.start(); p.start()
c.join(); p.join()
print('condition', got)

# wait_for with a predicate
cond = threading.Condition(threading.Lock())
state = {'n': 0}
def bump():
    for _ in range(3):
        with cond:
            state['n'] += 1
            cond.notify_all()
threading.Thread(target=bump).start()
with cond:
    print('wait_for', cond.wait_for(lambda: state['n'] == 3), state)

# a barrier of three
barrier = threading.Barrier(3, action=lambda: print('barrier action'))
indices = []
def meet():
    indices.append(barrier.wait())
ts = [threading.Thread(target=meet) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('barrier', sorted(indices), barrier.broken, barrier.n_waiting)

# a semaphore held by the main thread, released by a thread it waits for
sem = threading.Semaphore(0)
def release():
    sem.release()
threading.Thread(target=release).start()
print('semaphore', sem.acquire(), sem.acquire(timeout=0.01))

# polling is_alive() ends
order = []
t = threading.Thread(target=lambda: order.append('polled'))
t.start()
while t.is_alive():
    time.sleep(0.001)
print('poll', order[-1])

# a thread starting another, joined from the main thread
res = []
def outer():
    inner = threading.Thread(target=lambda: res.append('inner'))
    inner.start()
    inner.join()
    res.append('outer')
t = threading.Thread(target=outer, name='outer')
t.start(); t.join()
print('nested', res, threading.active_count())

# thread-local values per thread
loc = threading.local()
loc.v = 'main'
vals = []
def lv(n):
    loc.v = n
    vals.append((threading.current_thread().name, loc.v))
ts = [threading.Thread(target=lv, args=(i,), name='L%d' % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('local', sorted(vals), loc.v)

# join with a timeout on a thread that finishes
t = threading.Thread(target=lambda: None)
t.start()
t.join(timeout=1)
print('join timeout', t.is_alive())

# a timer started last fires at exit (non-daemon), after the main thread's last line
threading.Timer(0.01, lambda: print('timer at exit')).start()
print('end of main')

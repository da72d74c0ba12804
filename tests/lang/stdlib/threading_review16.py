# Review of session 16's threads: notify_all wakes every waiter (it woke one, the other
# stayed blocked for good); a Timer fires only when joined or at exit, so a cancel after a
# wait still cancels it and is_alive() is True until it fires.
import threading, queue
c = threading.Condition()
flag = False
woke = []
def waiter(i):
    with c:
        while not flag:
            c.wait()
        woke.append(i)
def setter():
    global flag
    with c:
        flag = True
        c.notify_all()
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts: t.start()
threading.Thread(target=setter).start()
for t in ts: t.join()
print("woke", sorted(woke))
t = threading.Timer(0.05, lambda: print("cancelled timer fired"))
t.start()
q = queue.Queue()
threading.Thread(target=lambda: q.put(1)).start()
print(q.get())
t.cancel()
t2 = threading.Timer(0.05, lambda: print("never")); t2.start()
print(t2.is_alive()); t2.cancel(); t2.join(); print(t2.is_alive())
threading.Timer(0.01, lambda: print("timer at exit")).start()
print("end")

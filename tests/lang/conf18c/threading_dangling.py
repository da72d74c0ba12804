# threading._dangling: a WeakSet of the live Thread objects (test.support reads it)
import gc
import threading

print(type(threading._dangling).__name__)
before = len(threading._dangling)
t = threading.Thread(target=lambda: None, name='w')
print(t in threading._dangling, len(threading._dangling) - before)
print(threading.main_thread() in threading._dangling)
t.start()
t.join()
snap = threading._dangling.copy()
print(t in snap)
del t, snap
gc.collect()
print(len(threading._dangling) - before)

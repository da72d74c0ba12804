# gc.set_threshold packed NULL items into the thresholds tuple when its state had been replaced (SystemError on indexing it)
import gc
old = gc.get_threshold()
gc._threshold = ()
gc.set_threshold(1)
t = gc.get_threshold()
print(len(t), t[0], t[1] > 0, t[2] > 0)
gc._threshold = None
gc.set_threshold(5, 6)
print(gc.get_threshold()[:2])
gc.set_threshold(*old)
print(gc.get_threshold() == old)

import gc
n = gc.collect()
print(type(n), n >= 0, type(gc.collect(0)), type(gc.collect(2)))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
c = gc.get_count()
print(type(c), len(c), all(isinstance(x, int) for x in c))
print(type(gc.get_objects()), gc.garbage, gc.callbacks)
class K: pass
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(object()), gc.is_tracked({"a": []}), gc.is_tracked({"a": 1}), gc.is_tracked(K()), gc.is_tracked(K), gc.is_tracked(len))
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count() >= 0, gc.get_debug())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
garbage = [[i] for i in range(10000)]
del garbage
print(gc.collect() >= 0)
class Node:
    def __init__(self): self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(gc.collect() >= 0, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.is_finalized(object()))
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print(events)

# Hostile finalizers: __del__ that mutates the containers being collected, raises,
# recurses, allocates a lot, calls gc.collect() itself, resurrects into a dying
# container, deletes its own class's __del__. Nothing may crash (run under ASan); the
# output records only what CPython also guarantees.
import gc
import sys

sys.unraisablehook = lambda u: None
log = []


class Mutator:
    def __init__(self, box, k):
        self.box = box
        self.k = k

    def __del__(self):
        # the container holding this object is itself garbage, being collected
        self.box.clear()
        self.box.extend(range(100))
        self.box.append(self)  # resurrects self (and the box) for a while
        log.append("mutator")


def make_mutators():
    box = []
    for k in range(50):
        box.append(Mutator(box, k))


make_mutators()
gc.collect()
gc.collect()
print("mutators", len(log) == 50)
log.clear()


class Raiser:
    def __del__(self):
        log.append("raiser")
        raise RuntimeError("from __del__")


for i in range(20):
    r = Raiser()
r = None
gc.collect()
print("raisers", len(log) == 20)
log.clear()


class Recurser:
    def __init__(self, depth):
        self.depth = depth

    def __del__(self):
        log.append(self.depth)
        if self.depth > 0:
            x = Recurser(self.depth - 1)
            x = None


r = Recurser(40)
del r
for i in range(50):
    gc.collect()
print("recursers", sorted(log) == list(range(41)))
log.clear()


def deep(n):
    return deep(n + 1)


class DeepRecursion:
    def __del__(self):
        try:
            deep(0)
        except RecursionError:
            log.append("recursion caught")


d = DeepRecursion()
del d
gc.collect()
print("deep", log)
log.clear()


class Allocator:
    def __del__(self):
        junk = [list(range(100)) for _ in range(500)]
        more = [Allocator.__new__(Plain) for _ in range(100)]
        log.append(len(junk) + len(more))


class Plain:
    pass


for i in range(30):
    a = Allocator()
a = None
gc.collect()
gc.collect()
print("allocators", log.count(600) == 30)
log.clear()


class Collector:
    def __del__(self):
        gc.collect()
        log.append("collector")


for i in range(10):
    c = Collector()
c = None
gc.collect()
gc.collect()
print("collectors", len(log) == 10)
log.clear()


class SelfRemoving:
    def __del__(self):
        log.append("self-removing")
        del SelfRemoving.__del__


s1 = SelfRemoving()
s2 = SelfRemoving()
del s1
gc.collect()
del s2
gc.collect()
print("self-removing", log)
log.clear()


class Cyclic:
    def __init__(self):
        self.me = self
        self.data = {i: [self] for i in range(20)}

    def __del__(self):
        self.data.clear()
        self.me = None
        log.append("cyclic")


def make_cyclic():
    for i in range(20):
        Cyclic()


def collect():
    gc.collect()
    gc.collect()


make_cyclic()
collect()
print("cyclic", len(log) == 20)
log.clear()


class ExitsInDel:
    def __del__(self):
        log.append("exit")
        sys.exit(3)


e = ExitsInDel()
del e
gc.collect()
print("sys.exit in __del__ ignored", log)
print("end")

# Cycles with __del__ (PEP 442): every finalizer in the cycle runs once, then the cycle
# is freed; gc.collect() finds it
import gc

done = []


class A:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        done.append(self.name)


a = A("a")
b = A("b")
a.other = b
b.other = a
del a, b
gc.collect()
print(sorted(done))
done.clear()

s = A("self")
s.other = s
del s
gc.collect()
print(done)
done.clear()

# a chain hanging off a cycle
c1 = A("c1")
c2 = A("c2")
c1.other = c2
c2.other = c1
c2.tail = A("tail")
del c1, c2
gc.collect()
gc.collect()
print(sorted(done))
done.clear()

# a cycle kept alive by a root is not finalized
r1 = A("r1")
r2 = A("r2")
r1.other = r2
r2.other = r1
root = [r1]
del r1, r2
gc.collect()
print(done)
root.clear()
gc.collect()
print(sorted(done))
print(gc.collect() >= 0)

# a cycle's weak references are cleared before its finalizers run, even when a finalizer
# resurrects the object (CPython's collector does so); an acyclic object's stay set while
# its finalizer runs
import weakref

survivors = []


class Resurrector:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("in __del__: weakref dead", wr() is None)
        survivors.append(self)


x = Resurrector()
wr = weakref.ref(x)
del x
gc.collect()
print("resurrected", len(survivors), "weakref dead", wr() is None)


class Plain:
    def __del__(self):
        print("acyclic in __del__: weakref alive", pw() is self)


p = Plain()
pw = weakref.ref(p)
del p
print("acyclic weakref dead after", pw() is None)

# not in the image: when a dead class dies depends on conservative stack scanning, and the image's request path leaves other words on its stack
# Classes are freed like other objects: the subclass lists are weak, so a class made per
# call dies once nothing refers to it (its weakref's callback runs at gc.collect()), and
# __subclasses__() lists only the live ones, in creation order.
import gc
import weakref
from collections import namedtuple


class Base:
    def hello(self):
        return "base"


def make(name, value):
    class K(Base):
        def hello(self):
            return name + ":" + super().hello()

        def get(self):
            return value

    K.__name__ = name
    return K


dead = []
k = make("first", 1)
obj = k()
print(obj.hello(), obj.get())
r = weakref.ref(k, lambda w: dead.append("first"))
print([c.__name__ for c in Base.__subclasses__()])
del k, obj
gc.collect()
print(r(), dead, Base.__subclasses__())

# creation order of the live ones, with dead ones in between
keep = [make("k%d" % i, i) for i in range(6)]
del keep[1], keep[3]
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
del keep
gc.collect()
print(Base.__subclasses__())


# a cached attribute lookup (inline caches, the type lookup cache) does not keep a class
# alive, and a new class never validates an entry made for a dead one
def use(o):
    return o.get(), o.hello()


refs = []
for i in range(50):
    c = make("c%d" % i, i)
    print(use(c()), end=" ") if i % 10 == 0 else use(c())
    refs.append(weakref.ref(c))
del c
print()
gc.collect()
print(sum(1 for w in refs if w() is not None), len(Base.__subclasses__()))

# type(name, bases, ns) in a loop, and namedtuple factories
for i in range(2000):
    t = type("T", (Base,), {"n": i})
    P = namedtuple("P", "x y")
print(t.n, P._fields, tuple(P(1, 2)))
del t, P
gc.collect()
print(len(Base.__subclasses__()), [c for c in tuple.__subclasses__() if c.__name__ == "P"])


# a subclass of a subclass: both die, the grandparent's list empties
def chain():
    class A(Base):
        pass

    class B(A):
        pass

    return weakref.ref(A), weakref.ref(B)


wa, wb = chain()
gc.collect()
print(wa(), wb(), Base.__subclasses__())


# __bases__ assignment moves a live class between the weak lists
class X:
    pass


class Y:
    pass


class Z(X):
    pass


Z.__bases__ = (Y,)
print(X.__subclasses__(), [c.__name__ for c in Y.__subclasses__()])
X.v = 1
Y.v = 2
print(Z.v)

# Instances of __slots__ classes get their slot store when created (session 20: made
# without counting the slots twice); stores, reads, deletes and layouts around that.
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

class V4(V):
    __slots__ = ("w",)
    def __init__(self, x, y, z, w):
        super().__init__(x, y, z)
        self.w = w

class VD(V):
    pass  # no __slots__: a __dict__ as well

class Partial:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class Empty:
    __slots__ = ()

class WithDict:
    __slots__ = ("a", "__dict__")
    def __init__(self):
        self.a = 1
        self.other = 2

acc = V(0, 0, 0)
for i in range(2000):
    acc = acc + V(i, -i, 2 * i)
print(acc.x, acc.y, acc.z)
v = V4(1, 2, 3, 4)
print(v.x, v.y, v.z, v.w, isinstance(v, V))
d = VD(1, 2, 3)
d.extra = 5
print(d.x, d.extra, sorted(d.__dict__))
p = Partial()
print(p.a)
try:
    p.b
except AttributeError as e:
    print("AttributeError", e)
p.b = 7
del p.a
try:
    print(p.a)
except AttributeError as e:
    print("AttributeError", e)
print(p.b)
e = Empty()
try:
    e.q = 1
except AttributeError as ex:
    print("AttributeError", ex)
w = WithDict()
print(w.a, w.other, w.__dict__)
try:
    V(1, 2, 3).nope = 1
except AttributeError as ex:
    print("AttributeError", ex)

class A:
    __slots__ = ("p", "q")
class B:
    __slots__ = ("p", "q")
a = A()
a.p = 1
a.__class__ = B
print(type(a).__name__, a.p)
try:
    a.q
except AttributeError as ex:
    print("AttributeError", ex)
objs = [V4(i, i, i, i) for i in range(500)]
import gc
gc.collect()
print(sum(o.w for o in objs), objs[-1].x)
print(V.__new__(V).__class__.__name__)
n = V.__new__(V)
try:
    n.x
except AttributeError as ex:
    print("AttributeError", ex)
n.x = 3
print(n.x)

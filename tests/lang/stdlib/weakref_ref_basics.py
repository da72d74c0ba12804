import weakref
try:
    from weakref import _collect as collect
except ImportError:
    import gc
    collect = gc.collect

class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return self.n

class S:
    __slots__ = ('x',)

class SW:
    __slots__ = ('x', '__weakref__')

class T(tuple):
    pass

class L(list):
    pass

def f():
    pass

a = A(1)
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), hash(r) == hash(a), type(r).__name__, r.__callback__)
print(weakref.ref(A) == weakref.ref(A), r != weakref.ref(A), r == 1, weakref.ReferenceType is weakref.ref)
for o in [1, 'a', (1,), [1], {}, None, object(), S(), T(), 2.5, b'x', A(1), SW(), L(), f, len, A, {1}, frozenset(), weakref]:
    try:
        weakref.ref(o)
        print(type(o).__name__, 'ok')
    except TypeError as e:
        print(type(o).__name__, e)

def make(n, keep):
    objs = [A(i) for i in range(n)]
    keep.extend(objs[:10])
    return [weakref.ref(o) for o in objs]

def churn():
    x = [[i] * 10 for i in range(1000)]
    return len(x)

def test():
    keep = []
    refs = make(200, keep)
    churn()
    collect()
    dead = sum(1 for r in refs if r() is None)
    print('dead >= 180:', dead >= 180, 'kept alive:', all(r() is not None for r in refs[:10]))
    print([k.n for k in keep][:3])

test()

try:
    weakref.ref()
except TypeError as e:
    print('TypeError')
try:
    weakref.ref(a, None, 1)
except TypeError as e:
    print('TypeError')
try:
    r(1)
except TypeError as e:
    print('TypeError')
print(weakref.ref(a, None).__callback__, weakref.ref(a, print).__callback__ is print)

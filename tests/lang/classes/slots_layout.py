# __slots__ storage: fixed per-member entries (own slots after the base chain's),
# delete / re-store, errors, inheritance with and without __slots__, __dict__ and
# __weakref__ slots, lay-out conflicts, __getstate__, __class__ assignment, caches.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class P:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

p = P(1, 2, 3)
print(p.x, p.y, p.z)
del p.y
show(lambda: p.y)
print(hasattr(p, "y"), getattr(p, "y", "dflt"))
try:
    del p.y
except AttributeError as e:
    print("del twice:", type(e).__name__, e)
p.y = 20
print(p.x, p.y, p.z)
show(lambda: P.x)
print(repr(P.x), repr(P.z), type(P.x).__name__)
show(lambda: setattr(p, "w", 1))
show(lambda: p.__dict__)
show(lambda: vars(p))
q = P.__new__(P)
show(lambda: q.x)
show(lambda: q.z)
q.z = "only z"
print(q.z, hasattr(q, "x"), hasattr(q, "y"))
print(q.__getstate__())
print(p.__getstate__())

# the descriptor applies to instances of its class only
class Other:
    __slots__ = ("x",)
show(lambda: P.x.__get__(Other()))
show(lambda: P.x.__set__(Other(), 1))
o = Other()
o.x = "o"
print(Other.x.__get__(o), P.x.__get__(None, P) is P.x)

# subclass adding slots
class Q(P):
    __slots__ = ("w",)
    def __init__(self):
        super().__init__("qx", "qy", "qz")
        self.w = "qw"
qq = Q()
print(qq.x, qq.y, qq.z, qq.w, sorted(qq.__getstate__()[1].items()))
print(P.x.__get__(qq), Q.w.__get__(qq))
show(lambda: Q.w.__get__(p))
show(lambda: setattr(qq, "v", 1))

# subclass without __slots__ gets a __dict__ besides the slots
class R(P):
    pass
r = R(1, 2, 3)
r.extra = "e"
print(r.__dict__, r.x, vars(r))
r.__dict__ = {"a": 1}
print(r.x, r.y, r.z, r.a, r.__dict__)
del r.__dict__
print(r.x, r.__dict__)
print(r.__getstate__())

# slots and __dict__ together
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__, sorted(D.__dict__.keys() - object.__dict__.keys()))
print(d.__getstate__())
del d.a
show(lambda: d.a)
d.__dict__["a"] = "dict a"
show(lambda: d.a)

class W:
    __slots__ = ("v", "__weakref__")
import weakref
w = W()
w.v = 5
ref = weakref.ref(w)
print(ref() is w, ref().v)
class NW:
    __slots__ = ("v",)
show(lambda: weakref.ref(NW()))

# same name in base and subclass: two separate entries, as in CPython
class A1:
    __slots__ = ("a",)
class B1(A1):
    __slots__ = ("a",)
b = B1()
b.a = "sub"
show(lambda: A1.a.__get__(b))
A1.a.__set__(b, "base")
print(b.a, A1.a.__get__(b), B1.a.__get__(b))
print(b.__getstate__())
del b.a
show(lambda: b.a)
print(A1.a.__get__(b))
print(b.__getstate__())

# lay-out conflicts
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class E1:
    __slots__ = ()
show(lambda: type("C", (S1, S2), {}))
show(lambda: type("C", (S1, S2), {"__slots__": ()}))
class OK1(S1, E1):
    __slots__ = ("c",)
ok = OK1()
ok.a, ok.c = "a", "c"
print(ok.a, ok.c, OK1.__mro__[1].__name__)
class Plain:
    pass
class OK2(Plain, S1):
    __slots__ = ("d",)
ok2 = OK2()
ok2.a, ok2.d = 1, 2
ok2.other = 3
print(ok2.a, ok2.d, ok2.other, OK2.__base__.__name__)
class T1(S1):
    __slots__ = ("t",)
class T2(S1):
    pass
class T3(T2, T1):
    pass
t3 = T3()
t3.a, t3.t, t3.free = "a", "t", "f"
print(t3.a, t3.t, t3.free)
show(lambda: type("C", (int, S1), {}))
show(lambda: type("C", (list, dict), {}))
show(lambda: type("C", (S1, Exception), {}))
show(lambda: type("C", (int,), {"__slots__": ("a",)}))
show(lambda: type("C", (tuple,), {"__slots__": ("a",)}))
show(lambda: type("C", (), {"__slots__": ("a", 1)}))
show(lambda: type("C", (), {"__slots__": ("1a",)}))
show(lambda: type("C", (), {"__slots__": ("a",), "a": 1}))
show(lambda: type("C", (), {"__slots__": ("__dict__", "__dict__")}))
show(lambda: type("C", (R,), {"__slots__": ("__dict__",)}))

# private names are mangled
class M:
    __slots__ = ("__p", "q")
    def set(self):
        self.__p = "private"
        return self.__p
m = M()
print(m.set(), m._M__p, sorted(n for n in M.__dict__ if not n.startswith("__")))

# __class__ assignment between compatible slot classes
class C1:
    __slots__ = ("a", "b")
class C2:
    __slots__ = ("a", "b")
c = C1()
c.a, c.b = 1, 2
try:
    c.__class__ = C2
    print("assigned", type(c).__name__)
except TypeError as e:
    print(type(e).__name__, e)
class C3:
    __slots__ = ("a",)
try:
    C1().__class__ = object
except TypeError as e:
    print(type(e).__name__, e)
class C5:
    __slots__ = ("b", "a")
class C6:
    __slots__ = ("a", "c")
class D1(C1):
    pass
class D2(C1):
    pass
class D3(C1):
    __slots__ = ("z",)
class D4(C1):
    __slots__ = ()
class D5(D2):
    __slots__ = ("z",)
for src, dst in [(C1, C3), (C1, C5), (C1, C6), (D1, D2), (D1, D3), (C1, D3), (D3, C1),
                 (C1, D4), (D4, C1), (D3, D5), (D1, D5)]:
    o = src()
    o.a = 1
    o.b = 2
    try:
        o.__class__ = dst
        print("ok", src.__name__, dst.__name__, getattr(o, "a", "unset"),
              getattr(o, "b", "unset"), getattr(o, "c", "unset"), getattr(o, "z", "unset"))
    except TypeError as e:
        print(type(e).__name__, e)

# builtin-based classes with slots
class ES(Exception):
    __slots__ = ("code",)
e = ES("msg")
e.code = 7
print(e.code, e.args, hasattr(e, "__dict__"))
class LS(list):
    __slots__ = ("tag",)
ls = LS([1, 2])
ls.tag = "t"
print(ls, ls.tag)
show(lambda: setattr(ls, "other", 1))
class DS(dict):
    __slots__ = ("tag",)
ds = DS(a=1)
ds.tag = 3
print(ds, ds.tag)

# many slots and a deep chain
names = tuple("s%d" % i for i in range(40))
Big = type("Big", (), {"__slots__": names})
big = Big()
for i, n in enumerate(names):
    setattr(big, n, i * i)
print(sum(getattr(big, n) for n in names), big.s39)
chain = Big
for k in range(5):
    chain = type("L%d" % k, (chain,), {"__slots__": ("x%d" % k,)})
inst = chain()
for k in range(5):
    setattr(inst, "x%d" % k, k)
inst.s0 = "s0"
print([getattr(inst, "x%d" % k) for k in range(5)], inst.s0, hasattr(inst, "s1"))

# the attribute caches: one site, polymorphic receivers, deletes in between
class V2:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class V3(V2):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        V2.__init__(self, x, y)
        self.z = z
def getx(v):
    return v.x
def setx(v, x):
    v.x = x
objs = [V2(i, -i) for i in range(4)] + [V3(i, 0, 1) for i in range(4)] + [R(9, 9, 9)]
for _ in range(3):
    print([getx(v) for v in objs])
    for v in objs:
        setx(v, getx(v) + 1)
v = objs[0]
del v.x
show(lambda: getx(v))
setx(v, "back")
print(getx(v))
n = V2.__new__(V2)
setx(n, "fresh")
print(n.x, hasattr(n, "y"))

# a descriptor replaced on the class invalidates the cached slot access
class Swap:
    __slots__ = ("x",)
s = Swap()
s.x = 1
print(getx(s), getx(s))
Swap.x = property(lambda self: "prop")
print(getx(s))
show(lambda: setx(s, 2))

# copy and pickle of slot objects
import copy, pickle
src = P(1, [2], 3)
cp = copy.copy(src)
dc = copy.deepcopy(src)
src.y.append(9)
print(cp.x, cp.y, cp.z, dc.y)
pk = pickle.loads(pickle.dumps(qq))
print(type(pk).__name__, pk.x, pk.y, pk.z, pk.w)
part = P.__new__(P)
part.y = "only y"
cp2 = copy.copy(part)
print(cp2.y, hasattr(cp2, "x"))

# introspection of slot instances
import sys
class I2:
    __slots__ = ("x", "y")
i2 = I2()
i2.x = 1
print([n for n in dir(i2) if not n.startswith("__")], hasattr(i2, "__dict__"))
red = i2.__reduce_ex__(2)
print(red[0].__name__, red[1:3])
print(i2.__sizeof__() > 0, sys.getsizeof(i2) > 0)
print(object.__getattribute__(i2, "x"))
object.__setattr__(i2, "y", 5)
print(i2.y)
object.__delattr__(i2, "y")
print(hasattr(i2, "y"))
show(lambda: object.__setattr__(i2, "z", 5))
show(lambda: pickle.dumps(i2, 0))
print(pickle.loads(pickle.dumps(i2, 2)).x)

# empty __slots__: no storage at all, members only below
class Z0:
    __slots__ = ()
    def __init__(self):
        pass
z0 = Z0()
show(lambda: setattr(z0, "a", 1))
show(lambda: z0.a)
class Z1(Z0):
    __slots__ = ("a",)
    def __init__(self):
        self.a = "z1"
z1 = Z1()
print(z1.a, [Z1().a for _ in range(3)])
class Z2(Z1):
    __slots__ = ()
z2 = Z2()
print(z2.a, z2.__getstate__())
show(lambda: setattr(z2, "b", 1))

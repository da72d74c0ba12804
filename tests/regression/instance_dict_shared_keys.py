# Instances of a plain class keep only their attribute values while they follow the
# class's shared key order (objects/instdict.h); a different order, a deletion, a
# non-str key, more than 30 names, or any code that wants the dict itself turns them
# into real dicts. None of it may be visible: __dict__ identity and later mutation,
# vars(), deletion, attribute order, __slots__, __class__ assignment between classes
# with different key layouts, copy/pickle, dir(), __getattr__/__setattr__ overrides,
# descriptors shadowing instance attributes, exception and function attributes, the
# attribute caches, and collections between stores.
import copy
import gc
import pickle


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


# many instances, the same order; then ones that diverge in different ways
ps = [P(i, 2 * i) for i in range(50)]
print(sum(p.total() for p in ps), ps[7].__dict__)
x = P.__new__(P)
x.b = 1  # another order than the shared one
x.a = 2
y = P.__new__(P)
y.a = 3
y.c = 4  # a name the keys don't have while the instance lacks b
y.b = 5
z = P(6, 7)
z.c = 8  # extends the shared keys
w = P(9, 10)
w.c = 11  # follows the extension
print(vars(x), vars(y), vars(z), vars(w), [list(vars(o)) for o in (x, y, z, w)])
print([p.total() for p in (x, y, z, w)], w.c, hasattr(ps[0], "c"))

# __dict__ identity and mutation after the fact
p = P(1, 2)
d = p.__dict__
print(d is p.__dict__, d is vars(p), d)
d["a"] = 100
d["new"] = "n"
p.b = 200
print(p.a, p.new, d, p.total())
del d["a"]
print(hasattr(p, "a"), vars(p))

# deletion and re-adding: the order follows the deletions, as in a dict
q = P(1, 2)
del q.a
q.a = 3
print(list(vars(q)), q.total())
r = P(1, 2)
del r.b
print(vars(r))
try:
    del r.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.b
except AttributeError as e:
    print("AttributeError:", e)
r.b = 4
r.c = 5
print(vars(r), r.total())

# the attribute caches across layouts: one loop sees split and materialised instances
mixed = [P(i, i) for i in range(6)]
del mixed[2].a
mixed[2].a = 20
mixed[4].__dict__["b"] = 40
mixed[5].extra = 1
print([m.total() for m in mixed], [m.a for m in mixed])
for m in mixed:
    m.a = m.a + 1  # the store cache, on both kinds
print([m.a for m in mixed])

# a class with more than 30 distinct attribute names
class Many:
    pass

objs = []
for k in range(3):
    o = Many()
    for i in range(40):
        setattr(o, "f%d" % i, i * k)
    objs.append(o)
print([len(vars(o)) for o in objs], objs[2].f39, list(vars(objs[1]))[28:33])
o = Many()
o.f0 = "x"
print(vars(o), o.f0)

# names that are not interned or not exact strs
class S(str):
    pass

n = P(1, 2)
setattr(n, "".join(["c", "c"]), 3)
print(getattr(n, "c" + "c"), getattr(n, S("a")), vars(n))
setattr(n, S("b"), 9)
print(n.b, vars(n), type(list(vars(n))[1]).__name__)
n.__dict__[1] = "int key"
print(vars(n), n.total())

# __slots__ with and without __dict__
class Sl:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2

class SlD:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2

class SubSl(Sl):
    def __init__(self):
        super().__init__()
        self.c = 3

for o in (Sl(), SlD(), SubSl()):
    print(type(o).__name__, o.a, o.b, getattr(o, "__dict__", "no __dict__"))

# __class__ assignment between classes with different key layouts
class A:
    def __init__(self):
        self.x = 1
        self.y = 2

class B:
    def __init__(self):
        self.y = "by"
        self.z = "bz"

a = A()
b = B()
a.__class__ = B
print(type(a).__name__, vars(a), a.x, a.y)
a.z = 3
b2 = B()
print(vars(a), vars(b2), vars(b))
b.__class__ = A
b.x = "bx"
print(vars(b), b.x, b.y)

class WithSlots:
    __slots__ = ("x",)

try:
    A().__class__ = WithSlots
except TypeError as e:
    print("TypeError:", e)

# copy, deepcopy and pickle
c = P([1], 2)
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
c3 = pickle.loads(pickle.dumps(c))
c1.b = "c1"
c2.a.append(2)
print(vars(c), vars(c1), vars(c2), vars(c3), c.a is c1.a, c.a is c2.a)
print([k for k in dir(c) if not k.startswith("__")])

# __getattr__ / __setattr__ / __getattribute__ overrides
class G(P):
    def __getattr__(self, name):
        return "missing " + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

g = G(1, 2)
print(g.a, g.b, g.nope, vars(g), g.total())

class GA:
    def __init__(self):
        self.v = 1

    def __getattribute__(self, name):
        if name == "v":
            return object.__getattribute__(self, name) + 100
        return object.__getattribute__(self, name)

print(GA().v)

# descriptors shadowing instance attributes
class Desc:
    def __get__(self, obj, cls):
        return "data descriptor"

    def __set__(self, obj, value):
        obj.__dict__["shadow"] = value

class NonData:
    def __get__(self, obj, cls):
        return "non-data descriptor"

class H:
    shadow = Desc()
    nd = NonData()

    def __init__(self):
        self.shadow = 1
        self.nd = 2

h = H()
print(h.shadow, h.nd, vars(h))
H.nd = Desc()
print(h.nd)
h2 = H()
print(vars(h2), h2.shadow)

# a method shadowed by an instance attribute, and un-shadowed by deletion
class M:
    def __init__(self):
        self.v = 1

    def f(self):
        return "method"

ms = [M() for _ in range(3)]
ms[1].f = lambda: "instance"
for k in range(2):
    print([m.f() for m in ms])
    if k == 0:
        del ms[1].f

# exceptions' and functions' attributes
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 7

try:
    raise E("boom")
except E as e:
    e.extra = 1
    print(e.code, e.extra, vars(e), e.args)

def fn():
    pass

fn.attr = 1
fn.other = 2
del fn.attr
print(vars(fn), fn.__dict__ is vars(fn))

# collections between stores keep the values alive
class Big:
    def __init__(self, i):
        self.s = "s%d" % i
        gc.collect()
        self.t = ["t", i]
        self.u = {"u": str(i)}

bigs = [Big(i) for i in range(20)]
gc.collect()
print(bigs[19].s, bigs[19].t, bigs[19].u, sum(len(vars(b)) for b in bigs))

# __dict__ replaced and deleted
t = P(1, 2)
t.__dict__ = {"only": 1}
t.more = 2
print(vars(t), hasattr(t, "a"))
u = P(1, 2)
del u.__dict__
print(vars(u))
u.a = 5
print(vars(u))

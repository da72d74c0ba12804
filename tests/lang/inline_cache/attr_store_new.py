# STORE_ATTR of a new attribute appends it to the instance dict without a lookup when the
# name is interned and every key already there is another interned str. Keys that are not
# interned (built at run time), str subclasses, deleted attributes and __slots__ must all
# keep one entry per name.

class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = a + b

ps = [P(i, i * 2) for i in range(5)]
print([vars(p) for p in ps[:2]])
p = ps[0]
p.a = 10
p.d = 4
print(vars(p), len(vars(p)))

# a run-time (non-interned) key equal to the name
q = P(1, 2)
name = "".join(["e", "x"])
setattr(q, name, 1)
q.ex = 2
print(vars(q), list(vars(q)).count("ex"))

# the same through __dict__
r = P(1, 2)
r.__dict__["".join(["z", "z"])] = "dict"
r.zz = "attr"
print(vars(r))

# a str subclass key
class S(str):
    pass
t = P(1, 2)
t.__dict__[S("w")] = 1
t.w = 2
print(len(vars(t)), t.w, sorted(vars(t).items()))

# delete then store again (a hole / dummy in the dict)
u = P(1, 2)
del u.b
u.b = 9
del u.a
u.e = 5
u.a = 7
print(vars(u), u.a, u.b)

# many attributes (the dict grows past its first table)
class Many:
    def __init__(self):
        for i in range(20):
            setattr(self, "f%d" % i, i)
        self.g0 = 0
        self.g1 = 1
        self.g2 = 2
        self.g3 = 3
        self.g4 = 4
        self.g5 = 5
        self.g6 = 6
        self.g7 = 7
m = Many()
print(len(vars(m)), m.f19, m.g7, list(vars(m))[-3:])
m2 = Many()
print(vars(m) == vars(m2))

# __slots__: values live in a hidden store; stores after deletes, reads, errors
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
vs = [V(i, i + 1, i + 2) for i in range(4)]
print([(v.x, v.y, v.z) for v in vs])
v = vs[1]
del v.y
try:
    v.y
except AttributeError as ex:
    print(type(ex).__name__, ex)
v.y = "again"
v.y = "twice"
print(v.x, v.y, v.z)
try:
    v.w = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(v.__getstate__() if hasattr(v, "__getstate__") else None)

# slots plus a __dict__
class W(V):
    def __init__(self):
        super().__init__(1, 2, 3)
        self.extra = 4
        self.more = 5
w = W()
print(vars(w), w.x, w.extra)
w.x = 10
w.extra = 40
print(vars(w), w.x, w.extra)

# the same site with instances of two classes
class A:
    def __init__(self):
        self.k = "A"
class B:
    def __init__(self):
        self.k = "B"
def mk(cls):
    o = cls()
    o.n = cls.__name__
    return o
print([vars(mk(c)) for c in (A, B, A, B)])

# twelve attributes through STORE_ATTR: the appends cross the dict's table rebuilds
class Twelve:
    def __init__(self, k):
        self.a0 = k
        self.a1 = k + 1
        self.a2 = k + 2
        self.a3 = k + 3
        self.a4 = k + 4
        self.a5 = k + 5
        self.a6 = k + 6
        self.a7 = k + 7
        self.a8 = k + 8
        self.a9 = k + 9
        self.a10 = k + 10
        self.a11 = k + 11
ts = [Twelve(k) for k in range(3)]
print(vars(ts[2]))
print([t.a11 for t in ts], [t.a5 for t in ts])
t = ts[1]
del t.a3
del t.a7
t.a3 = "back"
t.b = "new"
print(vars(t), len(vars(t)))
print(t.a3, t.a7 if hasattr(t, "a7") else "no a7", t.b)

# keys that only claim equality: a non-str key hashing like "b" whose __eq__ says yes,
# and a str subclass with its own __eq__ / __hash__ (each must keep its own entry, as
# in CPython, and never stop "b" being stored once)
class Claims:
    def __hash__(self):
        return hash("b")
    def __eq__(self, other):
        return other == "b"
class LooseStr(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        return str(self) == str(other)
class Two:
    def __init__(self):
        pass
    def fill(self):
        self.a = 1
        self.b = 2
for key in (Claims(), LooseStr("b"), LooseStr("c")):
    for rep in range(3):
        o = Two()
        o.__dict__[key] = "pre"
        o.fill()
        print(type(key).__name__, rep, len(o.__dict__), o.b, sorted(str(v) for v in o.__dict__.values()))

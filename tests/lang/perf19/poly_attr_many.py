# Attribute sites that see many receiver kinds: more classes than an instruction keeps
# records for, classes changed while a loop runs, builtin-type subclasses, class objects,
# modules and plain values at one site.
import math


def make_classes(n):
    classes = []
    for i in range(n):
        def init(self, i=i):
            self.pad = [i]
            if not isinstance(type(self).__dict__.get("x"), property):
                self.x = i * 10
            self.y = -i

        ns = {"__init__": init, "tag": "c%d" % i}
        if i % 3 == 0:
            ns["x"] = property(lambda self, i=i: "prop%d" % i)
        if i % 4 == 1:
            ns["__slots__"] = ("x", "y", "pad")
            ns.pop("x", None)
        classes.append(type("K%d" % i, (), ns))
    return classes


classes = make_classes(12)
objs = [c() for c in classes]


def read_all(objs):
    return [(o.x, o.y, o.tag) for o in objs]


def write_all(objs, v):
    for o in objs:
        o.y = v


for r in range(4):
    write_all(objs, r)
    res = read_all(objs)
print(res)

# classes changed while the sites run: every round replaces a class attribute of one
# class (a new version each time), so older records never match again
for r in range(12):
    classes[r].tag = "new%d" % r
    if r % 2 == 0:
        classes[r].y = property(lambda self, r=r: "yprop%d" % r)
    print(read_all(objs)[r])
print(read_all(objs))
try:
    write_all(objs, 5)
except AttributeError as e:
    print("AttributeError:", e)


# builtin-type subclasses with attributes, next to plain instances
class L(list):
    def __init__(self):
        super().__init__([1, 2])
        self.x = "L.x"
        self.y = "L.y"


class D(dict):
    x = "D.x class"

    def __init__(self):
        self.y = "D.y"


class F(float):
    x = property(lambda self: "F.x prop %r" % float(self))
    y = "F.y class"


class T(tuple):
    __slots__ = ()
    x = "T.x"
    y = "T.y"


mixed = [L(), D(), F(2.5), T((1,)), objs[2], objs[5]]
for r in range(3):
    print([(o.x, o.y) for o in mixed])
D.x = "D.x changed"
F.y = "F.y changed"
print([(o.x, o.y) for o in mixed])


# a site that sees instances, classes and modules
class A:
    pi = "A.pi"

    def __init__(self):
        self.pi = "a.pi"


class B:
    pi = "B.pi"


things = [A(), A, B(), B, math, A(), B]
for r in range(3):
    print([getattr(t, "pi") if r else t.pi for t in things])
A.pi = "A.pi changed"
print([t.pi for t in things])


# method calls at one site over many classes, some with the method shadowed or missing
def make_meth_classes(n):
    out = []
    for i in range(n):
        out.append(type("M%d" % i, (), {"m": (lambda self, i=i: i * i)}))
    return out


mcs = make_meth_classes(9)
mobjs = [c() for c in mcs]
mobjs[4].m = lambda: "shadowed"


def call_all(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m())
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


for r in range(3):
    print(call_all(mobjs))
del mcs[2].m
mcs[3].m = lambda self: "replaced"
print(call_all(mobjs))
del mobjs[4].m
print(call_all(mobjs))

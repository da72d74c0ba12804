# Attribute instructions that see instances of several classes (a base-class method run
# on instances of its subclasses): LOAD_ATTR, STORE_ATTR and LOAD_METHOD keep a short list
# of what they found for each class besides their one-class cache. Every change a class
# can undergo after the instruction has seen it must still be honoured.
import gc


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def get_a(self):
        return self.a

    def get_b(self):
        return self.b

    def set_a(self, v):
        self.a = v

    def kind(self):
        return "base"

    def call_kind(self):
        return self.kind()


class S1(Base):
    def __init__(self, a, b):
        Base.__init__(self, a, b)
        self.c = 1


class S2(Base):
    def __init__(self, a, b):
        Base.__init__(self, a, b)
        self.d = 2

    def kind(self):
        return "s2"


class S3(Base):
    pass


class S4(Base):
    def kind(self):
        return "s4"


class S5(S1):
    pass


class S6(Base):
    pass


def reads(objs, rounds=3):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append((type(o).__name__, o.get_a(), o.get_b(), o.call_kind()))
    return out


objs = [S1(1, 2), S2(3, 4), S3(5, 6), S4(7, 8), S5(9, 10), S6(11, 12), Base(13, 14)]
print(reads(objs)[-7:])

# stores through the shared method, then reads again
for i, o in enumerate(objs * 3):
    o.set_a(i)
print([o.get_a() for o in objs])

# a class attribute reassigned: methods replaced on one subclass after the sites saw it
S4.kind = lambda self: "s4-new"
S3.get_a = lambda self: "s3-get_a"
print(reads(objs, 1))

# an instance attribute shadowing a method on one instance (LOAD_METHOD must see it)
objs[1].kind = lambda: "instance kind"
print(reads(objs, 2)[-7:])
del objs[1].kind
print(reads(objs, 1))

# a data descriptor added to one subclass: it beats the instance dict
S1.a = property(lambda self: "S1 property a")
print(reads(objs, 2)[-7:])
del S1.a
print(reads(objs, 1))


class Desc:
    def __get__(self, obj, owner=None):
        return "descr get"

    def __set__(self, obj, value):
        print("descr set", type(obj).__name__, value)


S2.b = Desc()
print(reads(objs, 1))
for o in objs:
    o.set_a(100)
S6.a = Desc()
for o in objs * 2:
    o.set_a(200)
print([o.get_a() for o in objs])
del S6.a
del S2.b
print(reads(objs, 1))

# a non-data descriptor in the class and a value in the instance dict: the dict wins
S5.b = staticmethod(lambda: "static")
print(reads(objs, 1))
del S5.b

# __getattr__ added later: only reached for missing names
S3.__getattr__ = lambda self, name: "getattr " + name


def missing(objs):
    out = []
    for o in objs:
        try:
            out.append(o.zzz)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


print(missing(objs))
print(missing(objs))
del S3.__getattr__
print(missing(objs))

# __getattribute__ added later on one class: every read goes through it
def ga(self, name):
    v = object.__getattribute__(self, name)
    return ("getattribute", v) if name in ("a", "b") else v


S4.__getattribute__ = ga
print(reads(objs, 2)[-7:])
del S4.__getattribute__
print(reads(objs, 1))

# __setattr__ added later on one class
def noisy_setattr(self, name, value):
    print("setattr", type(self).__name__, name, value)
    object.__setattr__(self, name, value)


S2.__setattr__ = noisy_setattr
for o in objs:
    o.set_a(7)
del S2.__setattr__
for o in objs:
    o.set_a(8)
print([o.get_a() for o in objs])

# attributes deleted from one instance (its dict is no longer the shared layout)
del objs[0].b
try:
    print(objs[0].get_b())
except AttributeError as e:
    print("AttributeError:", e)
objs[0].b = "back"
print(reads(objs, 2)[-7:])

# a subclass created after the sites filled, and __class__ assignment
class Late(S2):
    def get_b(self):
        return "late " + str(self.b)


late = Late(20, 21)
objs.append(late)
print(reads(objs, 2)[-8:])
objs[2].__class__ = S4
objs[3].__class__ = S3
print(reads(objs, 2)[-8:])

# gc.collect() empties the caches between reads
gc.collect()
print(reads(objs, 1))


# __slots__ classes mixed with dict classes at the same sites
class P:
    __slots__ = ()

    def get_x(self):
        return self.x

    def set_x(self, v):
        self.x = v


class Slot1(P):
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Slot2(P):
    __slots__ = ("y", "x")

    def __init__(self, x):
        self.x = x


class Dict1(P):
    def __init__(self, x):
        self.x = x


class Dict2(P):
    def __init__(self, x):
        self.w = 0
        self.x = x


ps = [Slot1(1), Slot2(2), Dict1(3), Dict2(4)]
for r in range(3):
    for p in ps:
        p.set_x(p.get_x() + 10)
print([p.get_x() for p in ps])
s = Slot2(5)
del s.x
try:
    s.get_x()
except AttributeError as e:
    print("AttributeError:", e)
s.set_x(6)
print(s.get_x())
try:
    Slot1(1).set_x2 = 1
except AttributeError as e:
    print("AttributeError:", e)


# properties at a polymorphic site
class Q:
    def read(self):
        return self.val


class Q1(Q):
    @property
    def val(self):
        return "Q1 prop"


class Q2(Q):
    @property
    def val(self):
        return "Q2 prop"


class Q3(Q):
    def __init__(self):
        self.val = "Q3 inst"


class Q4(Q):
    @property
    def val(self):
        raise AttributeError("no val here")


qs = [Q1(), Q2(), Q3(), Q4()]
for r in range(3):
    out = []
    for q in qs:
        try:
            out.append(q.read())
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    print(out)
Q2.val = property(lambda self: "Q2 new prop")
print([q.read() for q in qs[:3]])

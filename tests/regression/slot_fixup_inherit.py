# Slots of new classes (type_slots.c fixup_one): looked up in the class's own dict, then
# through the base, including a metaclass whose mro() differs from [cls] + base.__mro__
# and class dicts whose only dunders feed no slot.

class E(Exception):
    pass

class E2(E):
    __doc__ = "doc"
    __slots__ = ()

print(repr(E2("x")), str(E2("a", "b")), E2.__mro__)


class L(list):
    def __len__(self):
        return 42

class L2(L):
    pass

print(len(L2([1, 2])), L2([1]) + [2], bool(L2()))


class N(int):
    pass

class N2(N):
    __match_args__ = ("real",)

print(N2(3) + 4, -N2(5), hash(N2(7)) == hash(7), N2(2) ** 3)


class Mixin:
    def __repr__(self):
        return "Mixin!"

class Meta(type):
    def mro(cls):
        # puts Mixin right after the class: its __repr__ must win over the base's
        return [cls, Mixin] + [c for c in super().mro() if c is not cls]

class Base:
    pass

class C(Base, metaclass=Meta):
    pass

print(repr(C()), [k.__name__ for k in C.__mro__])


class K(str):
    pass

# a str-subclass key equal to "__len__" in the class namespace is found as __len__
ns = {K("__len__"): lambda self: 5}
T = type("T", (object,), ns)
print(len(T()))


class A:
    pass

class B(A):
    pass

A.__eq__ = lambda self, other: True
A.__hash__ = lambda self: 1
print(B() == 3, hash(B()))
B.__len__ = lambda self: 9
print(len(B()))
del B.__len__
try:
    len(B())
except TypeError as e:
    print(type(e).__name__, e)


class H:
    __hash__ = None

class H2(H):
    __module__ = "m"

try:
    hash(H2())
except TypeError as e:
    print(type(e).__name__, e)

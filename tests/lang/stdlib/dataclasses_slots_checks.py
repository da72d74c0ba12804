# dataclasses and __slots__: a name in the class's own __slots__ has no default (its
# member descriptor was taken as one, so C() did not fail); slots=True refuses a class
# that has __slots__; weakref_slot needs slots; a base whose __slots__ was an iterator
# cannot be used; '__weakref__' is not added again when a base has it.
import weakref
from dataclasses import dataclass, make_dataclass, fields
from typing import Any


@dataclass
class C:
    __slots__ = ('x',)
    x: Any


try:
    C()
except TypeError as e:
    print(e)
c = C(10)
c.x = 3
print(c, [f.default for f in fields(C)][0].__class__.__name__)
try:
    c.z = 5
except AttributeError as e:
    print(e)

try:
    @dataclass(slots=True)
    class D:
        __slots__ = ('x',)
except TypeError as e:
    print(e)

for make in (lambda: dataclass(weakref_slot=True)(type('A', (), {'__annotations__': {'a': int}})),
             lambda: make_dataclass('B', [('a', int)], weakref_slot=True)):
    try:
        make()
    except TypeError as e:
        print(e)


class Root:
    __slots__ = iter(['a'])


class Root2(Root):
    __slots__ = ('b',)


try:
    @dataclass(slots=True)
    class E(Root2):
        c: int
except TypeError as e:
    print(e)


@dataclass(slots=True, weakref_slot=True)
class Base:
    field: int


@dataclass(slots=True, weakref_slot=True)
class Derived(Base):
    more: int


d = Derived(1, 2)
print(Base.__slots__, Derived.__slots__, weakref.ref(d)() is d)
A = make_dataclass('A', [('a', int)], slots=True, weakref_slot=True)
print(A.__slots__, A(1))

from abc import ABC, abstractmethod, ABCMeta
import math
from collections.abc import Iterable, Sequence, Mapping, MutableMapping, Sized, Container, Callable, Hashable, Iterator, Generator

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def sides(self): ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perim={self.perimeter():.2f} sides={self.sides}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Circle(Shape):
    __slots__ = ("r",)
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    @property
    def sides(self): return 0

class Polygon(Shape):
    def __init__(self, name, *lengths):
        super().__init__(name)
        self._lengths = lengths
    def perimeter(self): return sum(self._lengths)
    @property
    def sides(self): return len(self._lengths)

class Rect(Polygon):
    def __init__(self, w, h):
        super().__init__("rect", w, h, w, h)
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    @property
    def w(self): return self._w
    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
    @w.deleter
    def w(self):
        print("deleting w")

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Polygon("tri", 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
shapes = [Circle(1.5), Rect(2, 3), Square(2)]
for s in sorted(shapes):
    print(s.describe(), repr(s))
print(Shape.count, Square.__mro__)
print([cls.__name__ for cls in Square.__mro__], isinstance(shapes[2], Polygon), issubclass(Square, Shape))
c = shapes[0]
try:
    c.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(c, "__dict__"), Circle.__slots__)
try:
    shapes[1].w = -1
except ValueError as e:
    print("ValueError:", e)
del shapes[1].w
class Sizer(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sizer:
            return hasattr(C, "__len__")
        return NotImplemented
print(isinstance([], Sizer), isinstance(3, Sizer))
class Plugin(ABC): pass
class Foreign: pass
Plugin.register(Foreign)
print(isinstance(Foreign(), Plugin), issubclass(Foreign, Plugin))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance("", Iterable), isinstance(3, Iterable))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance(set(), Container))
class Deck(Sequence):
    def __init__(self): self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], "2H" in d, d.index("3S"), d.count("AS"), list(reversed(d))[:2], d[1:3])
class Counter2(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = Counter2(); m["a"] = 1; m.update(b=2); m.setdefault("c", 3)
print(dict(m), m.get("z", 0), m.pop("a"), list(m.items()), m == {"b": 2, "c": 3}, "b" in m)
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @staticmethod
    def from_f(f): return Temp((f - 32) * 5 / 9)
    @classmethod
    def zero(cls): return cls(0)
    def __eq__(self, o): return isinstance(o, Temp) and abs(self._c - o._c) < 1e-9
    __hash__ = None
print(Temp(100).f, Temp.from_f(212)._c, Temp.zero().f, Temp(1) == Temp(1), Temp(1) != Temp(2))
try:
    hash(Temp(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Temp(1).f = 3
except AttributeError as e:
    print("AttributeError:", e)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["registered"] = name.upper()
        return super().__new__(mcs, name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="kid"): pass
print(Child.registered, Child.tag, type(Child).__name__)

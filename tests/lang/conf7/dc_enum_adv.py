from dataclasses import dataclass, field, KW_ONLY, fields, is_dataclass, make_dataclass
import enum
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print(type(e).__name__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(e)
@dataclass
class M:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 1
print(M(1, y=5), M.__match_args__)
match M(3, z=9):
    case M(x, z=z):
        print('matched', x, z)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    v: int
    w: list = field(default_factory=list, hash=False, compare=False, repr=False)
print(hash(UH(1)) == hash(UH(1)), UH(1), UH(1) == UH(1, [2]))
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(5, 6), [f.name for f in fields(Derived)], is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(int))
P = make_dataclass('P', [('a', int), ('b', int, field(default=3))])
print(P(1), P.__name__)
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)]), Ver(1) < Ver(1, 1))
try:
    Ver(1) < 1
except TypeError as e:
    print(e)
class Color(enum.Enum):
    RED = 'r'
    GREEN = 'g'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.upper() in ('R', 'G'):
            return cls(value.lower())
        return None
    @property
    def pretty(self):
        return self.name.capitalize()
print(Color('R'), Color('g').pretty, Color.RED in Color, len(Color), list(Color.__members__))
try:
    Color('x')
except ValueError as e:
    print(e)
class Shape(enum.IntFlag):
    A = 1
    B = 2
    C = 4
print(Shape.A | Shape.B, Shape(3), Shape(8) if False else '', ~Shape.A, Shape.A & 3, list(Shape(7)), Shape.B.value, int(Shape.C))
class Dup(enum.Enum):
    ONE = 1
    UNO = 1
print(Dup.UNO is Dup.ONE, list(Dup), Dup['UNO'])
try:
    @enum.unique
    class U(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Auto(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = enum.auto()
    Y = enum.auto()
print(Auto.X.value, [a.value for a in Auto])
try:
    Color.RED = 'b'
except AttributeError as e:
    print(e)
try:
    class Ext(Color): pass
except TypeError as e:
    print(e)
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED}', Color.RED.name, hash(Color.RED) == hash(Color.RED))
class Num(enum.IntEnum):
    A = 1
print(repr(Num.A), str(Num.A), format(Num.A), f'{Num.A}', Num.A + 1, Num(1) is Num.A)

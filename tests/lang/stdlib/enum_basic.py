import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
    @property
    def lower(self):
        return self.name.lower()

print(Color.RED, repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", f"{Color.RED!r}", f"{Color.RED:>12}")
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color.RED.describe(), Color.default(), Color.RED.lower)
print(list(Color), len(Color), Color.RED in Color, list(reversed(Color)), list(Color.__members__), Color.__members__["CRIMSON"])
print(repr(Color), type(Color), type(Color) is EnumMeta, EnumMeta is EnumType, isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])
print(Color._member_names_, Color._value2member_map_[3], Color.RED._name_, Color.RED._value_)
show(lambda: Color(7))
show(lambda: Color["NOPE"])
show(lambda: setattr(Color, "RED", 5))
show(lambda: delattr(Color, "RED"))
show(lambda: 1 in Color)
show(lambda: Color.RED < Color.BLUE)
def extend():
    class More(Color):
        PINK = 9
show(extend)
def reuse():
    class Bad(Enum):
        A = 1
        A = 2
show(reuse)
def uniq():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
show(uniq)
show(lambda: Color.RED.__class__.__name__)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), str(Num.TWO), format(Num.TWO), f"{Num.ONE:03d}", Num.ONE + 1, Num.ONE == 1, Num(2), Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]), int(Num.TWO), isinstance(Num.ONE, int))

class S(StrEnum):
    A = "alpha"
    B = auto()
print(S.A, repr(S.A), str(S.B), format(S.A), S.A == "alpha", S.A.upper(), S("b"), list(S))

class Auto(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(Auto), [m.value for m in Auto])

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    AA = auto()
    BB = auto()
print([m.value for m in Gen])

class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(RW, repr(RW), str(RW), Perm.R in RW, Perm.X in RW, list(RW), len(RW), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(Perm.R & Perm.W), repr(Perm.R ^ RW), Perm(6) is RW, repr(Perm(7)), list(Perm), len(Perm))
show(lambda: Perm(8))
show(lambda: Perm.R | 1)

class FA(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print([m.value for m in FA], repr(FA.AB), list(FA), repr(FA.A | FA.B), FA.AB.name, repr(FA(0)))

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), repr(~IP.R), IP.R + 1, format(IP.W), repr(IP(0)), str(IP(0)))

class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if value == "sq":
            return cls.SQUARE
        return None
print(Shape("sq"))
show(lambda: Shape("zz"))

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.radius, Planet.EARTH.value, repr(Planet.MARS))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, "x-axis")
    Y = (1, "y-axis")
print(Coord.Y.label, Coord(1), Coord.X.value)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
A2 = Enum("A2", [("X", 10), ("Y", 20)])
print(list(A2), A2(20))
A3 = IntEnum("A3", ["P", "Q"])
print(list(A3), A3.Q + 0)

class Empty(Enum):
    pass
class Sub(Empty):
    A = 1
print(list(Sub), Sub.A)
class WithIgnore(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1
print(list(WithIgnore), hasattr(WithIgnore, "tmp"))
print(Color.RED.__reduce_ex__(2) is not None, enum.Enum.__name__, Color.__name__)
print(dir(Color.RED)[:3] if False else "dir-skip")
class Mixed(int, Enum):
    A = 1
print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A + 1)
print(max(Num), min(Color, key=lambda c: c.value))
print(Color.RED.value.__class__, isinstance(Color, EnumMeta), issubclass(Num, int), issubclass(IP, Flag))

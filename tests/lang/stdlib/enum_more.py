from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta
import enum

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Weekday(Enum):
    MON = 1
    TUE = 2
    def __str__(self):
        return self.name.title()
    def __repr__(self):
        return f"Weekday({self.value})"
print(Weekday.MON, repr(Weekday.TUE), f"{Weekday.MON}", [Weekday.MON], format(Weekday.TUE, ">5"))

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404), Status.OK < Status.NOT_FOUND, Status.OK + 1, f"{Status.OK}", "%d" % Status.OK, "%s" % Status.OK, str(Status.NOT_FOUND), hash(Status.OK) == hash(200))
print({200: "x"}[Status.OK], Status["OK"], Status.OK.name, Status.OK.value, type(Status.OK.value))
show(lambda: Status(500))
print(isinstance(Status.OK, int), Status.OK.bit_length(), Status.OK.real, int(Status.NOT_FOUND) == 404)

class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
show(lambda: Mood("HAPPY"))
show(lambda: Mood("angry"))
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
show(lambda: BadMissing(3))

class Ordered(Enum):
    C = 3
    A = 1
    B = 2
print(list(Ordered), [m.name for m in Ordered], Ordered.A in Ordered, len(Ordered.__members__))
print(Ordered.__members__.items() and list(Ordered.__members__.items())[0])

class Color(StrEnum):
    RED = auto()
    GREEN = auto()
print(Color.RED, Color.RED == "red", Color.GREEN.upper(), "-".join(Color), Color("green"), f"{Color.RED:>6}|")
show(lambda: Color(1))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.W
print(p, repr(p), p & Perm.R, repr(p & Perm.X), Perm.R in p, bool(p & Perm.X), p == 6, int(p), list(p), repr(Perm(0)), repr(~p))
print(repr(Perm.R | Perm.W | Perm.X), Perm(7).name, repr(p ^ Perm.R), repr(Perm.X | 8), 8 | Perm.X)

class Shape(Flag):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
    ALL = CIRCLE | SQUARE | TRIANGLE
print(repr(Shape.ALL), list(Shape.ALL), repr(~Shape.CIRCLE), repr(Shape.CIRCLE | Shape.SQUARE), Shape.ALL.value, len(Shape), list(Shape))
print(repr(Shape(0)), bool(Shape(0)), Shape.CIRCLE.name, repr(Shape(3)), Shape(3).name)
show(lambda: Shape("x"))

class Const(Enum):
    PI = 3.14
    E = 2.71
    def double(self):
        return self.value * 2
    @staticmethod
    def helper():
        return "helper"
print(Const.PI.double(), Const.helper(), Const.E.value)

class Base(Enum):
    def greet(self):
        return "hi " + self.name
class Child(Base):
    X = 1
    Y = 2
print(Child.X.greet(), list(Child), isinstance(Child.X, Base))
show(lambda: type("Sub", (Child,), {"Z": 3}))
print(type(Child), isinstance(Child, EnumMeta), Child.__class__.__name__)
print(Weekday.MON is Weekday(1), Weekday(Weekday.MON) is Weekday.MON)
class Dup(Enum):
    A = 1
    B = 1
    C = 2
print(list(Dup), Dup.B, Dup.B is Dup.A, Dup(1).name, list(Dup.__members__))
print(enum.Enum, enum.IntEnum, enum.Flag, enum.auto, repr(auto()) if False else "auto")
print(sorted(Status), max(Status), [s.value for s in reversed(Status)])
d = {Weekday.MON: "m", Weekday.TUE: "t"}
print(d[Weekday.MON], Weekday.MON == Weekday.MON, Weekday.MON != Weekday.TUE)
match Status.NOT_FOUND:
    case Status.OK:
        print("ok")
    case Status.NOT_FOUND:
        print("nf")
Animal = Enum("Animal", {"CAT": "meow", "DOG": "woof"})
print(list(Animal), Animal("woof"))
Num = IntEnum("Num", "ONE TWO THREE", start=10)
print(list(Num), Num.TWO + 0)
print(Status.OK.__class__.__mro__[:2], Perm.__mro__[1:3])
from enum import STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class SF(Flag, boundary=STRICT):
    A = 1
    B = 2
show(lambda: SF(8))
show(lambda: SF(3))
class EF(Flag, boundary=EJECT):
    A = 1
print(EF(5), type(EF(5)).__name__, repr(EF(1)))
class KF(Flag, boundary=KEEP):
    A = 1
print(repr(KF(5)), KF._boundary_, FlagBoundary.KEEP, repr(STRICT))
print(enum.bin(5), enum.bin(-5), enum.bin(5, 8), enum.bin(0))

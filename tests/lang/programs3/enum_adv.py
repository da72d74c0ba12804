from enum import Enum, IntEnum, StrEnum, Flag, auto, unique, EnumMeta
import enum

class HTTP(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def from_code(cls, c):
        try:
            return cls(c)
        except ValueError:
            return None
    @property
    def is_error(self): return self >= 400

class Color(StrEnum):
    RED = auto()
    GREEN = auto()
class Dir(Enum):
    N = (0, 1); E = (1, 0); S = (0, -1); W = (-1, 0)
    def turn_right(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % 4]
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ONE = auto()
    TWO = auto()
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
    WORKDAYS = MON | TUE | WED | THU | FRI

print(HTTP.from_code(404), HTTP.from_code(500), HTTP.NOT_FOUND.is_error, HTTP(200) == 200, HTTP.OK + 1, f"{HTTP.OK}", str(HTTP.OK), repr(HTTP.OK))
print(Color.RED, repr(Color.GREEN), Color.RED == "red", Color.RED.upper(), f"{Color.GREEN:>7}|", Color("green"))
d = Dir.N
for _ in range(5):
    d = d.turn_right()
print(d, d.value, Dir((0, -1)))
print(Status("ACTIVE"), Status("inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)
print(list(Ordinal), Ordinal.TWO.value)
print(Weekday.WEEKEND, Weekday.SAT in Weekday.WEEKEND, Weekday.MON | Weekday.SUN, list(Weekday.WORKDAYS) if hasattr(Weekday.WORKDAYS, "__iter__") else "", len(Weekday.WEEKEND))
print(repr(Weekday.MON | Weekday.WED), Weekday(3), Weekday.WEEKEND.name, (Weekday.MON | Weekday.TUE).name)
print(type(HTTP), isinstance(HTTP, EnumMeta), HTTP.__members__["OK"], [m.name for m in HTTP])
print(sorted(HTTP, reverse=True), HTTP["OK"], HTTP.OK.value, HTTP.OK.name)
try:
    HTTP["NOPE"]
except KeyError as e:
    print("KeyError:", e)
class Base(Enum):
    def describe(self): return f"{self.name}={self.value}"
class Child(Base):
    X = 1
print(Child.X.describe())
try:
    class Sub(Child):
        Y = 2
except TypeError as e:
    print("TypeError:", e)
print(Color.RED in Color, "red" in [c.value for c in Color], len(Color))
class Size(Enum):
    S = 1
    M = 2
    L = 3
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Size.L, Size.S, Size.M]), max(Size), Size.S < Size.L)
print(Size.S.__class__.__name__, Size.M._value_, Size.M._name_)
x = Size.M
match x:
    case Size.S | Size.M:
        print("small-ish")
    case _:
        print("large")
print({Size.S: "small"}.get(Size.S), Size.S == 1, Size.S != Size.M, bool(Size.S))
print(HTTP.OK < HTTP.NOT_FOUND, HTTP.OK * 2, [int(h) for h in HTTP], dict(HTTP.__members__).keys())

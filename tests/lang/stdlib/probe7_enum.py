from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color), Color.RED.name, Color.RED.value)
print(Color.__members__.keys(), Color.RED in Color, [m.name for m in Color.__members__.values()])
for bad in [lambda: Color(7), lambda: Color['PINK']]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, ~Perm.R, Perm(0), bool(Perm(0)), list(rw), Perm.RW is rw, Perm(7))
class Pri(IntEnum):
    LOW = auto()
    HIGH = 10
print(Pri.LOW, Pri.HIGH + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH), f'{Pri.HIGH}', str(Pri.HIGH), repr(Pri.LOW))
class Sh(StrEnum):
    A = auto()
    B = 'bee'
print(Sh.A, Sh.B, Sh.A == 'a', Sh.B.upper(), repr(Sh.B), f'{Sh.B}', '-'.join(Sh))
class IF(IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, IF.A | 4, repr(IF.A | 8), IF(3), int(IF.A | IF.B))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Auto.X.value, list(Auto))
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Enum('Animal', 'CAT DOG').DOG, list(Enum('N', [('a', 5), ('b', 6)])), Color.RED == 1, hash(Color.RED) == hash(Color.RED))
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green')

import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE), Color(3), Color(0), repr(Color(0)), ~Color.RED, Color.WHITE)
print(list(Color), list(Color.RED | Color.BLUE), len(Color.WHITE), Color.RED in Color.WHITE, bool(Color(0)), Color.WHITE.value)
print([m.name for m in Color.WHITE], Color['GREEN'], Color.RED & Color.GREEN, Color.WHITE ^ Color.RED)
try:
    Color(8)
except ValueError as e:
    print('ValueError', e)
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm(7)), Perm(9), repr(Perm(8)), Perm.R + 1, Perm.R | 8, int(Perm.W), format(Perm.R | Perm.X), str(Perm(0)))
class Shape(IntEnum):
    CIRCLE = 1; SQUARE = 2
print(Shape.CIRCLE + 1, Shape.SQUARE * 3, Shape.CIRCLE < Shape.SQUARE, Shape.CIRCLE == 1, sorted([Shape.SQUARE, 1]), str(Shape.CIRCLE), repr(Shape.CIRCLE), f'{Shape.SQUARE}')
class Dir(Enum):
    N = 'north'; S = 'south'
    @property
    def opposite(self):
        return Dir.S if self is Dir.N else Dir.N
print(Dir.N, repr(Dir.N), Dir('south'), Dir['N'].opposite, Dir.N.name, Dir.N.value, list(Dir), Dir.N in Dir, len(Dir))
try:
    Dir('east')
except ValueError as e:
    print('ValueError', e)
try:
    Dir['E']
except KeyError as e:
    print('KeyError', e)
try:
    Dir.N = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    Dir.N < Dir.S
except TypeError as e:
    print('TypeError', e)
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1
except ValueError as e:
    print('ValueError', e)
class Al(Enum):
    A = 1; B = 1
print(Al.B, Al.B is Al.A, list(Al), list(Al.__members__))
class Auto(Enum):
    X = auto(); Y = auto()
class Lower(Enum):
    def _generate_next_value_(name, start, count, last):
        return name.lower()
    P = auto(); Q = auto()
print(Auto.X.value, Auto.Y.value, Lower.P.value, [m.value for m in Lower])
S = Enum('S', 'ONE TWO THREE')
print(S.TWO, S.TWO.value, list(S)[-1], Enum('T', [('a', 5), ('b', 6)]).b.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class St(enum.StrEnum):
    A = auto(); B = 'bee'
print(St.A, St.B + '!', St.A == 'a', repr(St.B))
print(Color.RED.name, Color(5).name, (Color.RED | Color.BLUE).name, Perm(7).name, Perm(0).name)
print(hash(Dir.N) == hash(Dir.N), isinstance(Shape.CIRCLE, int), Dir.__members__['S'], enum.Flag.__name__)

import enum
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
t(lambda: Color.CRIMSON); t(lambda: Color(2)); t(lambda: Color['BLUE']); t(lambda: Color(7)); t(lambda: Color['X']); t(lambda: list(Color)); t(lambda: list(Color.__members__)); t(lambda: Color.RED.name); t(lambda: Color.RED.value)
t(lambda: Color.RED is Color(1)); t(lambda: Color.RED == 1); t(lambda: len(Color)); t(lambda: Color.RED in Color); t(lambda: hash(Color.RED) == hash(Color.RED)); t(lambda: {Color.RED: 'r'}[Color.CRIMSON])
t(lambda: setattr(Color, 'RED', 5)); t(lambda: Color.RED.__class__); t(lambda: isinstance(Color.RED, Color)); t(lambda: type(Color)); t(lambda: f"{Color.RED}"); t(lambda: format(Color.RED, '>12'))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
t(lambda: [m.value for m in Auto])
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
t(lambda: Num.ONE + 1); t(lambda: Num.TWO > Num.ONE); t(lambda: sorted([Num.TWO, Num.ONE])); t(lambda: str(Num.ONE)); t(lambda: f"{Num.TWO}"); t(lambda: Num(2)); t(lambda: int(Num.TWO))
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
t(lambda: Perm.R | Perm.W); t(lambda: Perm(6)); t(lambda: Perm.R in (Perm.R | Perm.X)); t(lambda: ~Perm.R); t(lambda: Perm(0)); t(lambda: list(Perm.R | Perm.W)); t(lambda: bool(Perm(0)))
class S(enum.StrEnum):
    A = 'alpha'
    B = enum.auto()
t(lambda: (S.A, str(S.A), S.A == 'alpha', S.B.value, S.A.upper()))
@enum.unique
class U(enum.Enum):
    A = 1
    B = 2
t(lambda: U.B)
def dup():
    @enum.unique
    class D(enum.Enum):
        A = 1
        B = 1
t(dup)
class WithMethods(enum.Enum):
    X = 1
    Y = 2
    def describe(self): return f'{self.name}={self.value}'
    @classmethod
    def first(cls): return list(cls)[0]
    @property
    def double(self): return self.value * 2
t(lambda: (WithMethods.Y.describe(), WithMethods.first(), WithMethods.X.double))
Dyn = enum.Enum('Dyn', 'A B C')
t(lambda: (list(Dyn), Dyn.B.value)); t(lambda: enum.Enum('D2', [('X', 10), ('Y', 20)]).Y)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
t(lambda: (Planet.EARTH.mass, Planet.EARTH.value))
def extend():
    class More(Color): pass
t(extend)
t(lambda: Color.__members__['CRIMSON']); t(lambda: Color._member_names_); t(lambda: repr(Color)); t(lambda: dir(Color)[:4])
class Missing(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return cls.A
t(lambda: Missing(99))

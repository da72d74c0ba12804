from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import NamedTuple, Optional, List
from collections import namedtuple
import functools, enum, operator, string, textwrap
@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.sort_key = self.price
items = [Item("b", 2.5), Item("a", 1.0, ["x"]), Item("c", 2.5)]
print(sorted(items), asdict(items[1]), astuple(items[0]))
print(replace(items[0], price=9), [f.name for f in fields(Item)], Item.__match_args__)
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try: p.x = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(p) == hash(P(1, 0)), p == P(1), p)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3), WithInit(3, 5))
try: Item()
except TypeError as e: print(e)
try: Item("a", 1, [], 5)
except TypeError as e: print(e)
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: Optional[int] = None
e = Emp("ann")
print(e, e._replace(dept="ops"), e._asdict(), Emp._fields, Emp._field_defaults)
Pt = namedtuple("Pt", "x y", defaults=[0])
print(Pt(1), Pt._make([3, 4]), Pt(1, 2) + (3,), Pt(x=5).x)
try: namedtuple("Bad", "a a")
except ValueError as e: print(e)
try: namedtuple("Bad", "def x")
except ValueError as e: print(e)
try: Pt(1, 2, 3)
except TypeError as e: print(e)
try: Pt(z=1)
except TypeError as e: print(e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(1), V(2) > V(1), V(1) <= V(0))
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), Color.RED.name, Color.RED.value)
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6), int(Perm.W | Perm.X))
try: Color(5)
except ValueError as e: print(e)
try: Color["PINK"]
except KeyError as e: print(e)
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(list(Auto), Auto.B.value, Color.RED == 1, Color.RED is Color(1), len(Color))
class Shape(enum.StrEnum):
    SQ = enum.auto()
    CIRC = "circle"
print(Shape.SQ, repr(Shape.CIRC), Shape.SQ.upper(), f"{Shape.CIRC}")
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try: t.substitute(who="x")
except KeyError as e: print("KeyError", e)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, 30))
print(textwrap.dedent("   a\n     b\n   c"), textwrap.shorten("Hello  world, this is long", 15), textwrap.indent("a\nb", "> "))
print(string.ascii_letters[:5], string.digits, string.capwords("hello   world"))

import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import ClassVar, List, Optional

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list)
    def __post_init__(self):
        self.total = self.x + sum(self.y)

@dataclass
class B(A):
    z: str = "z"
    def __post_init__(self):
        super().__post_init__()
        self.tag = self.z * 2

b = B(1, [2, 3])
print(b, b.total, b.tag, B.__match_args__, [f.name for f in fields(B)])
print(B.__init__.__qualname__ if hasattr(B.__init__, "__qualname__") else "", B.__repr__.__name__)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")]
print(sorted(vs), Version(1, 2) == Version(1, 2, label="x"), len({Version(1), Version(1, label="a")}))
show(lambda: replace(vs[0], minor=7))
show(lambda: setattr(vs[0], "major", 2))
show(lambda: Version(1) < (1, 0, 0))

@dataclass
class Pt:
    x: int
    y: int
def where(p):
    match p:
        case Pt(0, 0):
            return "origin"
        case Pt(x, 0):
            return f"x-axis {x}"
        case Pt(x=0, y=y):
            return f"y-axis {y}"
        case _:
            return "other"
print(where(Pt(0, 0)), where(Pt(3, 0)), where(Pt(0, 4)), where(Pt(1, 1)))
print(Pt(1, 2) == Pt(1, 2), Pt(1, 2) == (1, 2), Pt(1, 2).__eq__((1, 2)))

def cv_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)
show(cv_factory)

@dataclass
class M:
    meta: int = field(default=0, metadata={"unit": "m"})
f0 = fields(M)[0]
print(f0.metadata["unit"], len(f0.metadata), type(f0.metadata).__name__)
show(lambda: f0.metadata.__setitem__("x", 1))

@dataclass
class Cfg:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1
print(Cfg("n", level=3), Cfg("m"), Cfg.__match_args__)
show(lambda: Cfg("n", True))

@dataclass
class R:
    x: int
    init_only: InitVar[int] = 5
    derived: int = field(init=False, default=0)
    def __post_init__(self, init_only):
        self.derived = self.x * init_only
r = R(2)
print(r, replace(r, x=3), replace(r, init_only=1), R(2, 10))
show(lambda: replace(r, derived=1))

print(asdict(Pt(1, 2), dict_factory=lambda items: sorted(items, reverse=True)))
print(astuple(Pt(3, 4), tuple_factory=list))

Q = dataclasses.make_dataclass("Q", [("a", int), ("b", int, field(default=2))], bases=(Pt,), frozen=False)
print(Q(1, 2, 3), [f.name for f in fields(Q)])
show(lambda: dataclasses.make_dataclass("Bad", ["x", "x"]))
show(lambda: dataclasses.make_dataclass("Bad", ["class"]))
show(lambda: dataclasses.make_dataclass("Bad", ["1x"]))

@dataclass(repr=False)
class NR:
    x: int
    def __repr__(self):
        return "custom"
print(NR(1))
@dataclass
class Own:
    x: int
    def __repr__(self):
        return "own repr"
    def __eq__(self, o):
        return True
print(Own(1), Own(1) == 5, Own.__hash__)

def overwrite_order():
    @dataclass(order=True)
    class O:
        x: int
        def __lt__(self, o):
            return True
show(overwrite_order)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()))
show(lambda: Empty(1))

@dataclass(eq=True, frozen=True)
class H:
    x: int
    y: list = field(hash=False, compare=True, default=None)
print(hash(H(1)) == hash(H(1, None)))

@dataclass
class WithSlots:
    __slots__ = ("a",)
    a: int
print(WithSlots(5), WithSlots.__slots__)

@dataclass(init=False)
class NoInit:
    x: int = 3
n = NoInit()
print(n, n.x)
print(dataclasses.is_dataclass(NoInit), dataclasses.is_dataclass(n), dataclasses.MISSING is not None)
print(repr(dataclasses.field()).startswith("Field(name=None"))
@dataclass
class Opt:
    a: Optional[int] = None
    b: "str" = "s"
print(Opt(), Opt.__doc__)
print(Pt.__doc__, A.__doc__, Version.__doc__)

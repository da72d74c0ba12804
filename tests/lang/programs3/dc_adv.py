from dataclasses import dataclass, field, InitVar, asdict, astuple, fields, is_dataclass, make_dataclass, KW_ONLY, FrozenInstanceError
from typing import List, ClassVar
import json

@dataclass
class Employee:
    name: str
    salary: float
    dept: str = "eng"
    skills: List[str] = field(default_factory=list)
    id: int = field(init=False, default=0)
    _counter: ClassVar[int] = 0
    def __post_init__(self):
        Employee._counter += 1
        self.id = Employee._counter
        if self.salary < 0:
            raise ValueError("negative salary")

@dataclass
class Secret:
    user: str
    password: InitVar[str]
    hashed: str = field(init=False, repr=False)
    def __post_init__(self, password):
        self.hashed = password[::-1]

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)

@dataclass(eq=False)
class Ident:
    v: int

@dataclass
class Manager(Employee):
    reports: List[Employee] = field(default_factory=list)

e1 = Employee("ann", 100.0, skills=["py"])
e2 = Employee("bob", 90.5, "ops")
print(e1, e2, e1 == Employee("ann", 100.0, skills=["py"]))
m = Manager("cy", 200, reports=[e1, e2])
print(m)
print(asdict(m)["reports"][1], astuple(e2))
print(json.dumps(asdict(e1)))
s = Secret("u", "pw123"); print(s, s.hashed)
try:
    Secret("u")
except TypeError as e:
    print("TypeError:", e)
print(Opts(level=3), Mixed(1, b=5), Mixed(1))
try:
    Opts(True)
except TypeError as e:
    print("TypeError:", e)
p = Pt(1); print(p, hasattr(p, "__dict__"), Pt.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError")
cards = [Card(10, "h"), Card(2, "s"), Card(10, "d")]
print(sorted(cards), Card(10, "h") == Card(10, "x"), max(cards))
try:
    cards[0].rank = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Ident(1) == Ident(1), is_dataclass(e1), is_dataclass(Employee), is_dataclass(3))
try:
    Employee("x", -1)
except ValueError as e:
    print("ValueError:", e)
print([(f.name, f.type if isinstance(f.type, str) else f.type.__name__ if hasattr(f.type, "__name__") else str(f.type), f.init) for f in fields(Employee)])
Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))])
print(Dyn(1), Dyn.__name__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
print(Employee.__init__.__doc__ is None, repr(Employee.__eq__)[:20] != "", e1.__match_args__ if hasattr(e1, "__match_args__") else None)
match e2:
    case Employee(name="bob", dept=d):
        print("matched bob in", d)
@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
    def total(self): return self.val + sum(k.total() for k in self.kids)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t, t.total(), asdict(t))
print(field(default=1).default, Employee.__dataclass_fields__["dept"].default)
@dataclass(repr=False)
class NoRepr:
    x: int
print("NoRepr" in repr(NoRepr(1)), NoRepr(1) == NoRepr(1))
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(1)) == hash(H(1)), len({H(1), H(1), H(2)}))
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self): return self._v * 2
print(WithProp(3).v, WithProp())

# dataclass edge cases: inheritance order, replace/init=False, frozen inheritance, asdict nesting, kw_only, hash of frozen.
from dataclasses import dataclass, field, replace, asdict, astuple, fields, InitVar, FrozenInstanceError
import dataclasses, collections
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
@dataclass
class B:
    x: int
    y: int = 1
@dataclass
class C(B):
    z: int = 2
    x: int = 10
print(C(), [f.name for f in fields(C)])
@dataclass
class I:
    a: int
    b: int = field(init=False, default=0)
t(lambda: replace(I(1), b=2))
t(lambda: replace(I(1), a=5))
@dataclass(frozen=True)
class F:
    a: int
t(lambda: type("X", (F,), {"__annotations__": {"b": int}}))
t(lambda: dataclass(type("NF", (F,), {"__annotations__": {"b": int}, "b": 0})))
@dataclass
class NonFrozen:
    a: int
t(lambda: dataclass(frozen=True)(type("FZ", (NonFrozen,), {"__annotations__": {"b": int}, "b": 0})))
@dataclass(order=True)
class O:
    a: int
t(lambda: O(1) < B(1))
t(lambda: O(1) == B(1))
t(lambda: O(1) == O(1.0))
NT = collections.namedtuple("NT", "p q")
@dataclass
class Hold:
    nt: NT
    d: dict
    l: list
t(lambda: asdict(Hold(NT(1, [2]), {"k": B(1)}, [B(2), (B(3),)])))
t(lambda: astuple(Hold(NT(1, 2), {}, [B(1)])))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
t(lambda: (KW(a=1), KW.__match_args__))
@dataclass
class Mixed:
    a: int
    b: int = field(default=0, kw_only=True)
t(lambda: (Mixed(1, b=2), Mixed.__match_args__))
t(lambda: fields(5))
t(lambda: asdict(B))
@dataclass(slots=True, weakref_slot=True)
class WS:
    a: int
import weakref
t(lambda: (WS.__slots__, weakref.ref(WS(1)) is not None))
@dataclass
class Def:
    a: list = field(default_factory=lambda: [1])
    b: int = field(default=5, repr=False)
    c: int = field(default=3, hash=False, compare=False)
t(lambda: (Def(), Def() == Def(c=9), Def().a is not Def().a))
t(lambda: field(default=1, default_factory=list))
@dataclass(eq=False)
class NoEq:
    a: int
t(lambda: (NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__))
@dataclass(frozen=True)
class FH:
    a: int
t(lambda: (hash(FH(1)) == hash((1,)), FH(1) == FH(1)))
t(lambda: setattr(FH(1), "a", 2))
t(lambda: delattr(FH(1), "a"))
@dataclass
class WithPost:
    a: int
    b: InitVar[int] = 1
    c: int = field(init=False)
    def __post_init__(self, b): self.c = self.a + b
t(lambda: (WithPost(1), WithPost(1, 5).c, [f.name for f in fields(WithPost)]))
t(lambda: dataclasses.is_dataclass(WithPost) and not dataclasses.is_dataclass(int))
print(repr(field(default=1))[:30])

from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         InitVar, KW_ONLY, MISSING, FrozenInstanceError, make_dataclass)
import dataclasses

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point(5), Point(y=3, x=4), Point.__match_args__, Point.__doc__)
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, z=2))
print(Point.__hash__ is None, is_dataclass(Point), is_dataclass(p), is_dataclass(1))
print([(f.name, f.type, f.default is MISSING) for f in fields(p)])
print(asdict(p), astuple(p), replace(p, y=10))
show(lambda: fields(1))
show(lambda: asdict(Point))
show(lambda: astuple(1))
show(lambda: replace(1))

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"

v = V(1)
print(v, v < V(2), v <= V(1, "z"), V(1, "a") > V(1, "b"), hash(v) == hash(V(1)), sorted([V(3), V(1, "y"), V(1, "x")]))
show(lambda: setattr(v, "a", 5))
show(lambda: delattr(v, "b"))
show(lambda: setattr(v, "other", 5))
show(lambda: v < 3)

@dataclass
class Inv:
    items: list = field(default_factory=list)
    n: int = field(default=3, repr=False)
    hidden: int = field(default=0, compare=False)
    meta: str = field(default="m", metadata={"k": 1})

i1, i2 = Inv(), Inv()
i1.items.append(1)
print(i1, i2, i1 == Inv([1], 3, 99), fields(Inv)[3].metadata["k"], len(fields(Inv)))

show(lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})))
def bad2():
    @dataclass
    class B:
        x: int = 1
        y: int
show(bad2)
def bad3():
    @dataclass(order=True, eq=False)
    class B:
        x: int
show(bad3)
def bad4():
    @dataclass
    class B:
        x = field(default=1)
show(bad4)
show(lambda: field(default=1, default_factory=list))

@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Derived(Base):
    c: int = 3
    a: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

@dataclass
class WithPost:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
w = WithPost(3)
print(w, WithPost(3, 5), [f.name for f in fields(w)], replace(w, x=4, scale=1))
print(WithPost.__dataclass_fields__['scale']._field_type, repr(InitVar[int]))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int
    c: int = 5
print(KW(1, b=2), KW.__match_args__)
show(lambda: KW(1, 2))

@dataclass(kw_only=True)
class KW2:
    a: int = 0
    b: int
print(KW2(b=1))

@dataclass(frozen=True)
class F:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(F(1)) == hash(F(1, [1])), F(1) == F(1))

@dataclass(unsafe_hash=True)
class U:
    x: int
print(U(5).__hash__() == hash((5,)), U.__hash__ is not None)

@dataclass(eq=False)
class NoEq:
    x: int
a = NoEq(1)
print(a == NoEq(1), a == a, NoEq.__hash__ is object.__hash__)

@dataclass
class Rec:
    name: str
    child: "Rec" = None
r = Rec("a"); r.child = r
print(r)

@dataclass
class Nested:
    p: Point
    ps: list
    d: dict
n = Nested(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(n), astuple(n))

C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))], namespace={"add": lambda self: self.x + self.z})
c = C(1, 2)
print(c, c.add(), [f.name for f in fields(C)])

@dataclass(slots=True)
class S:
    x: int
    y: int = 1
s = S(3)
print(s, S.__slots__, hasattr(s, "__dict__"))
show(lambda: setattr(s, "z", 1))

@dataclass(repr=False, init=False)
class NoRI:
    x: int = 1
print(type(repr(NoRI())) is str, NoRI().x)

@dataclass
class CV:
    from typing import ClassVar
    count: ClassVar[int] = 0
    x: int = 1
print(CV(), [f.name for f in fields(CV)])

def frozen_mix():
    @dataclass(frozen=True)
    class A:
        x: int
    @dataclass
    class B(A):
        y: int
show(frozen_mix)
print(repr(dataclasses.field(default=1)).startswith("Field(name=None,type=None,default=1,"))
print(repr(fields(Point)[0]).split("default=")[0])

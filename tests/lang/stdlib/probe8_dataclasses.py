from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, is_dataclass, FrozenInstanceError, make_dataclass, KW_ONLY
from typing import List, Optional, ClassVar
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)
@dataclass
class Order:
    id: int
    items: List[Item]
    meta: dict = field(default_factory=dict)
    total: float = field(init=False)
    rate: InitVar[float] = 1.0
    def __post_init__(self, rate):
        self.total = sum(i.price for i in self.items) * rate
o = Order(1, [Item('a', 2.0, ['x']), Item('b', 3.5)], rate=2)
print(o)
print(asdict(o))
print(astuple(o))
print(replace(o.items[0], price=9), [f.name for f in fields(o)], is_dataclass(o), is_dataclass(Order), is_dataclass(1))
show(replace, o, total=5); show(replace, o, id=2); show(Order, 1, [], rate=1, bogus=2); show(Item); show(Item, 'x', 1, [], 5)
print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), Version(1, 0, 'a') == Version(1, 0, 'b'), Version(3, 1, 'hidden'))
show(lambda: Version(1) < Item('x'))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
show(setattr, p, 'x', 5)
print(hash(p) == hash(P(1)), {p, P(1, 0)}, p)
show(delattr, p, 'y')
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=5), K(1, b=0))
show(K, 1, 2)
@dataclass(kw_only=True)
class KO:
    x: int
    y: int = 1
print(KO(x=3)); show(KO, 3)
D = make_dataclass('D', [('a', int), ('b', str, field(default='z'))], namespace={'double': lambda self: self.a * 2})
print(D(2), D(2).double(), D.__name__)
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1), NE(1).__eq__(NE(1)))
@dataclass
class Base:
    x: int = 0
@dataclass
class Child(Base):
    y: int = 1
    x: int = 5
print(Child(), Child(1, 2), fields(Child)[0].name)
@dataclass(slots=True)
class Sl:
    a: int
    b: str = 'b'
s = Sl(1); print(s, Sl.__slots__, hasattr(s, '__dict__'))
show(setattr, s, 'c', 3)
@dataclass
class Tree:
    v: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(asdict(t), asdict(t, dict_factory=lambda kv: tuple(kv)))
show(asdict, Tree); show(asdict, 5); show(astuple, {})
print(repr(field(default=1)).split('(')[0], Item.__dataclass_fields__['tags'].default_factory is list, Item.__match_args__)

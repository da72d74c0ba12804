from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional, ClassVar
from enum import Enum, auto, IntEnum, Flag
from functools import total_ordering, cached_property, singledispatch, reduce, lru_cache, partial
from collections import Counter, OrderedDict, namedtuple, deque, ChainMap
import itertools, operator, json

class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()
    def label(self):
        return self.name.title()

class Perm(Flag):
    R = 4
    W = 2
    X = 1

@total_ordering
@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[int] = 0
    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f'negative price for {self.name!r}')
        Item.registry += 1
    @property
    def total(self):
        return round(self.price * self.qty, 2)
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 2
    result: int = field(init=False)
    def __post_init__(self, factor):
        self.result = self.base * factor

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, item, wanted):
        super().__init__(f'{item.name}: wanted {wanted}, have {item.qty}')
        self.item = item

class Inventory:
    def __init__(self):
        self._items = OrderedDict()
        self.log = deque(maxlen=3)
    def add(self, item):
        if item.name in self._items:
            raise InventoryError(f'duplicate {item.name}')
        self._items[item.name] = item
        self.log.append(('add', item.name))
        return self
    def take(self, name, n):
        try:
            item = self._items[name]
        except KeyError:
            raise InventoryError(f'no such item: {name}') from None
        if item.qty < n:
            raise OutOfStock(item, n)
        item.qty -= n
        self.log.append(('take', name, n))
        return item
    def __iter__(self):
        yield from sorted(self._items.values())
    def __len__(self):
        return len(self._items)
    def __contains__(self, name):
        return name in self._items
    def by_category(self):
        keyf = lambda it: it.category.value
        return {Category(k).label(): [i.name for i in g]
                for k, g in itertools.groupby(sorted(self._items.values(), key=keyf), key=keyf)}
    @cached_property
    def snapshot(self):
        print('computing snapshot')
        return tuple(i.name for i in self)

inv = Inventory()
inv.add(Item('hammer', 12.5, 3, tags=['steel'])).add(Item('apple', 0.5, 100, Category.FOOD))
inv.add(Item('yoyo', 3.25, 0, Category.TOY)).add(Item('bread', 2.0, 5, Category.FOOD))
print(len(inv), 'apple' in inv, 'pear' in inv, Item.registry)
for it in inv:
    print(f'{it.name:<8}|{it.price:>7.2f}|{it.qty:>4}|{it.total:>8.2f}|{it.category.label()}')
print(inv.by_category())
try:
    inv.take('yoyo', 1)
except OutOfStock as e:
    print(type(e).__name__, e, isinstance(e, InventoryError), e.item.name)
try:
    inv.take('pear', 1)
except InventoryError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    inv.add(Item('apple', 1, 1))
except InventoryError as e:
    print(e)
try:
    Item('bad', -1)
except ValueError as e:
    print(e)
inv.take('apple', 10); inv.take('bread', 5)
print(list(inv.log))
print(inv.snapshot, inv.snapshot)
print(asdict(Item('x', 1.0, tags=['a'])))
print(astuple(Point(1, 2)), replace(Point(1, 2), y=5), Point(1) < Point(1, 1), sorted([Point(2), Point(1, 5)]))
try:
    Point(1).x = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(Point(1, 2)) == hash(Point(1, 2)), {Point(1), Point(1)})
print([f.name for f in fields(Item)], Scaled(3), Scaled(3, 5).result)
print(repr(Item('r', 1.5)))
print(Item('a', 1) == Item('a', 1), Item('a', 1) < Item('b', 1), Item('a', 2) >= Item('b', 1))
print(Perm.R | Perm.W, Perm(6), Perm.R in Perm(5), list(Perm(7)), repr(Perm(0)))
print(Category['FOOD'], Category(2), [c.name for c in Category], Category.TOY.value, repr(Category.TOY))
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), f'{Prio.LOW}', str(Prio.LOW))
@singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register
def _(x: int):
    return f'int {x}'
@describe.register(list)
def _(x):
    return f'list of {len(x)}'
print(describe(3), describe([1, 2]), describe('s'), describe(True))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
Pair = namedtuple('Pair', 'left right', defaults=[0])
pp = Pair(1)
print(pp, pp._asdict(), pp._replace(right=9), Pair._fields, Pair._field_defaults)
c = Counter('mississippi')
print(c.most_common(2), c['z'], sorted((c + Counter('ss')).items()), c.total())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
print(reduce(operator.mul, range(1, 6)), list(itertools.accumulate([1, 2, 3], operator.mul)))
print(json.dumps({'items': [asdict(i) for i in inv][:1]}, default=lambda o: o.name, sort_keys=True))
double = partial(operator.mul, 2)
print(double(21), repr(partial(int, base=2))[:20])

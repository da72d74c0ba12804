from collections import namedtuple, OrderedDict
from dataclasses import dataclass
from operator import itemgetter, attrgetter, methodcaller
import functools

Item = namedtuple("Item", ["sku", "name", "qty", "price"])
Warehouse = namedtuple("Warehouse", "code city capacity", defaults=[1000])

items = [
    Item("A100", "widget", 50, 2.50),
    Item("B200", "gadget", 5, 12.99),
    Item("C300", "doohickey", 0, 7.25),
    Item("A101", "widget-xl", 12, 4.75),
    Item("D400", "thingamajig", 120, 0.99),
]
print(items[0], items[0]._asdict())
print(Item._fields, Warehouse("W1", "Oslo"), Warehouse._field_defaults)
print(sorted(items, key=itemgetter(2))[:2])
print([i.sku for i in sorted(items, key=attrgetter("price"), reverse=True)])
print(sorted(items, key=itemgetter(1, 0))[0].name)
by_value = sorted(items, key=lambda i: i.qty * i.price)
for it in by_value:
    print(f"{it.sku:<6}{it.name:<14}{it.qty:>5}{it.price:>8.2f}{it.qty*it.price:>10,.2f}")
restocked = [it._replace(qty=it.qty + 10) if it.qty < 10 else it for it in items]
print([(i.sku, i.qty) for i in restocked])
sku, name, *rest = items[1]
print(sku, name, rest)
getter = itemgetter("qty", "price")
print(getter({"qty": 3, "price": 1.5}))
print(list(map(methodcaller("upper"), ["a", "b"])))
print(list(map(attrgetter("name"), items)))

@dataclass
class StockLine:
    item: Item
    location: str

    @property
    def value(self):
        return self.item.qty * self.item.price

lines = [StockLine(it, loc) for it, loc in zip(items, ["A", "B", "A", "C", "B"])]
groups = OrderedDict()
for line in sorted(lines, key=attrgetter("location")):
    groups.setdefault(line.location, []).append(line)
for loc, ls in groups.items():
    print(loc, [l.item.sku for l in ls], round(sum(l.value for l in ls), 2))
groups.move_to_end("A")
print(list(groups))
groups.popitem(last=False)
print(list(groups.keys()))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"Version({'.'.join(map(str, self.parts))!r})"

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"))

def cmp_items(a, b):
    if a.qty == b.qty:
        return (a.sku > b.sku) - (a.sku < b.sku)
    return b.qty - a.qty
print([i.sku for i in sorted(items, key=functools.cmp_to_key(cmp_items))])
total = functools.reduce(lambda acc, i: acc + i.qty, items, 0)
print("total qty", total)
try:
    Item("x", "y", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    items[0].qty = 5
except AttributeError as e:
    print("AttributeError:", e)
P = namedtuple("P", "x y", rename=True)
print(P(1, 2), P._make([3, 4]), P(1, 2) == (1, 2), P(x=1, y=2)._replace(y=9))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", ["a", "def", "a"], rename=True)._fields)
print(isinstance(items[0], tuple), type(items[0]).__name__, Item.__doc__)

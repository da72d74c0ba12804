# A small application mixing dataclasses, enum, json, typing and warnings.
from __future__ import annotations
import sys as _sys
_DIR = __file__.rpartition("/")[0] + "/"
class _StripDir:
    # Paths in the output are relative to the test's directory (it moves with the repo).
    def write(self, s):
        return _sys.__stdout__.write(s.replace(_DIR, ""))
    def flush(self):
        _sys.__stdout__.flush()
_sys.stdout = _StripDir()
import json
import sys
import warnings
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Dict, List, Optional

class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_key = self.price * self.qty
    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)

@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=dict)
    def add(self, item: Item) -> None:
        if item.name in self.items:
            warnings.warn(f"replacing {item.name}", stacklevel=2)
        self.items[item.name] = item
    def total(self) -> float:
        return round(sum(i.value for i in self.items.values()), 2)
    def to_json(self) -> str:
        def enc(o):
            if isinstance(o, Category):
                return o.name
            raise TypeError(repr(o))
        return json.dumps({k: asdict(v) for k, v in sorted(self.items.items())}, default=enc, indent=2)
    @classmethod
    def from_json(cls, text: str) -> Inventory:
        inv = cls()
        for name, d in json.loads(text).items():
            d.pop("sort_key")
            d["category"] = Category[d["category"]]
            inv.add(Item(**d))
        return inv

sys.stderr = sys.stdout
inv = Inventory()
inv.add(Item("hammer", 12.5, 3, tags=["steel"]))
inv.add(Item("apple", 0.4, 100, Category.FOOD))
inv.add(Item("yo-yo", 3.99, 7, Category.TOY, ["fun", "retro"]))
inv.add(Item("apple", 0.45, 90, Category.FOOD))
print(inv.total(), sorted(inv.items.values())[0].name, max(inv.items.values()).name)
text = inv.to_json()
print(text)
inv2 = Inventory.from_json(text)
print(inv2 == inv, inv2.items["yo-yo"], inv2.total())
by_cat: Dict[Category, List[str]] = {}
for it in inv2.items.values():
    by_cat.setdefault(it.category, []).append(it.name)
print({c.name: sorted(v) for c, v in by_cat.items()})
print([c for c in Category], Category(2), Category["TOY"].value)

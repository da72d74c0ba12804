# NamedTuple class syntax: string annotations (and all annotations under
# `from __future__ import annotations`) become ForwardRef objects, as in CPython.
from __future__ import annotations
from typing import NamedTuple, ForwardRef, Optional

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None

print(Point.__annotations__)
print(Point(1.5), Point._field_defaults, Point._fields)
print(isinstance(Point.__annotations__["x"], ForwardRef), Point.__annotations__["x"].__forward_arg__)
P2 = NamedTuple("P2", [("a", int), ("b", "str")])
print(P2.__annotations__, P2(1, "z"))

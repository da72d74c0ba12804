# A namedtuple's field descriptors (_collections._tuplegetter) print as CPython's:
# "_tuplegetter(index, doc)", also when built directly or after their doc is changed.
from collections import namedtuple
import _collections

Point = namedtuple("Point", "x y")
print(repr(Point.x), Point.y)
print([repr(Point.__dict__[f]) for f in Point._fields])

g = _collections._tuplegetter(5, None)
print(g, _collections._tuplegetter(-1, [1, "a"]))
g.__doc__ = "changed"
print(g, type(g).__name__, type(g).__module__)
print(Point(3, 4).x, g.__get__(None, Point) is g)

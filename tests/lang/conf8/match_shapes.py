from dataclasses import dataclass
@dataclass
class Point:
    x: float
    y: float
@dataclass
class Circle:
    center: Point
    r: float
@dataclass
class Line:
    a: Point
    b: Point
class Polygon:
    __match_args__ = ("pts",)
    def __init__(self, *pts): self.pts = list(pts)

def describe(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return f"on an axis at {s}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case Circle(Point(x, y), r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} c=({c.x},{c.y})"
        case Line(a, b) if a == b:
            return "zero line"
        case Line(Point(x1, _), Point(x2, _)) if x1 == x2:
            return "vertical"
        case Polygon([_, _, _]):
            return "triangle"
        case Polygon([first, *rest]) if len(rest) >= 3:
            return f"poly starting {first} with {len(rest)} more"
        case [Point() as p, *others]:
            return f"list of points from {p}, {len(others)} others"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"dict point {x},{y} extra={rest}"
        case str() | bytes() as raw:
            return f"raw {raw!r}"
        case int(n) | float(n) if n < 0:
            return "negative number"
        case None | True | False:
            return f"constant {s}"
        case _:
            return "unknown " + type(s).__name__

items = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 0),
         Circle(Point(1, 2), 3), Line(Point(1, 1), Point(1, 1)), Line(Point(2, 0), Point(2, 9)),
         Line(Point(0, 0), Point(1, 1)), Polygon(1, 2, 3), Polygon(1, 2, 3, 4, 5), Polygon(1),
         [Point(1, 1), Point(2, 2)], {"type": "point", "x": 1, "y": 2, "z": 3}, "hi", b"by",
         -3, -2.5, 4, None, True, 0.0]
for it in items:
    print(describe(it))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case Point.x:
            pass
except Exception as e:
    print(type(e).__name__, e)
match (1, 2, 3):
    case (1, *mid, 3) if (n := len(mid)) == 1:
        print("mid", mid, n)

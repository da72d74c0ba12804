from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Box:
    __match_args__ = ('w', 'h')
    def __init__(self, w, h): self.w, self.h = w, h
    def __repr__(self): return f"Box({self.w}, {self.h})"
def m(v):
    match v:
        case 0 | 1 | 2 as small: return f"small {small}"
        case int(n) if n < 0: return "negative"
        case int() | float(): return "number"
        case str() as s if len(s) > 3: return "long str"
        case "a" | "b": return "ab"
        case [x, y, *rest] if rest: return f"list3+ {x} {y} {rest}"
        case [x, y]: return f"pair {x} {y}"
        case (): return "empty seq"
        case {"k": v, **others}: return f"map k={v} others={others}"
        case Point(x=0, y=yy): return f"on y axis {yy}"
        case Point(xx, yy): return f"point {xx},{yy}"
        case Box(w, h) if w == h: return f"square {w}"
        case Box(w=ww): return f"box w={ww}"
        case None: return "none"
        case True: return "true"
        case _: return f"other {type(v).__name__}"
for v in [0, 2, -5, 7, 3.5, "hello", "a", "c", [1, 2, 3, 4], (1, 2), [], {"k": 1, "z": 2}, {"z": 1}, Point(0, 5), Point(1, 2), Box(3, 3), Box(3, 4), None, True, False, b"x", "xy"]:
    print(repr(v), "->", m(v))
class NoArgs:
    pass
def m2(v):
    match v:
        case NoArgs(a): return a
try:
    m2(NoArgs())
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
def m3(v):
    match v:
        case TooMany(x, y): return x
try:
    m3(TooMany())
except TypeError as e:
    print(type(e).__name__, e)
def m4(v):
    match v:
        case Point(1, x=2): return 1
try:
    m4(Point(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
def m5(v):
    match v:
        case 1: pass
        case _:
            return 'x'
    return 'fell'
print(m5(1), m5(2))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def m6(c):
    match c:
        case Color.RED: return "r"
        case Color.GREEN: return "g"
print(m6(Color.RED), m6(Color.GREEN), m6(3))
def m7(s):
    match s.split():
        case ["go", ("north" | "south") as d]: return d
        case ["go", *_]: return "where?"
        case [cmd]: return "single " + cmd
print(m7("go north"), m7("go up"), m7("look"), m7("a b c"))
def m8(v):
    match v:
        case {1: _, 2: _}: return "both"
        case {1: _}: return "one"
print(m8({1: 0}), m8({1: 0, 2: 0, 3: 0}), m8({}))
match "str":
    case [*chars]: print("seq", chars)
    case _: print("str is not seq")
match b"ab":
    case [97, 98]: print("bytes seq")
    case _: print("bytes not seq")
match bytearray(b"ab"):
    case [97, 98]: print("bytearray seq")
    case _: print("no")
from collections import namedtuple
P3 = namedtuple('P3', 'a b c')
match P3(1, 2, 3):
    case P3(a, b, c=cc): print("nt", a, b, cc)
match 5:
    case x:
        print("capture", x)
print(x)

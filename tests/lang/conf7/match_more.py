from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
class Circle:
    __match_args__ = ('r', 'c')
    def __init__(self, r, c=None): self.r = r; self.c = c
class NoArgs:
    pass
def describe(v):
    match v:
        case Pt(0, 0): return 'origin'
        case Pt(x=0, y=yy): return f'on y axis at {yy}'
        case Pt(x, y) if x == y: return f'diagonal {x}'
        case Circle(r, Pt() as c) if r > 0: return f'circle r={r} c={c}'
        case Circle(r): return f'circle r={r}'
        case {'type': 'user', 'name': str(n), **rest}: return f'user {n} rest={rest}'
        case {'type': _}: return 'typed dict'
        case [1, 2, *others]: return f'starts 1,2 then {others}'
        case [x, [y, *_]]: return f'nested {x} {y}'
        case (str() | bytes()) as s if len(s) > 3: return f'long text {s!r}'
        case str(): return 'short str'
        case int(n) | float(n) if n < 0: return f'negative {n}'
        case 0 | 1 | 2: return 'small'
        case True: return 'never reached for True'
        case None: return 'none'
        case NoArgs(): return 'noargs'
        case _: return f'other {type(v).__name__}'
for v in [Pt(0, 0), Pt(0, 5), Pt(3, 3), Pt(1, 2), Circle(2, Pt(1, 1)), Circle(0), {'type': 'user', 'name': 'ann', 'age': 3},
          {'type': 1}, [1, 2, 3, 4], [9, [8, 7]], 'hello', b'bytes!', 'hi', -5, -2.5, 1, True, None, NoArgs(), 3.5, [1]]:
    print(describe(v))
class Bad:
    __match_args__ = ('a',)
try:
    match Bad():
        case Bad(x, y): pass
except TypeError as e:
    print(e)
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print(e)
class MA:
    __match_args__ = 'notatuple'
try:
    match MA():
        case MA(x): pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print(e)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED: return 'red!'
        case Color.GREEN | None: return 'green or none'
print(col(Color.RED), col(Color.GREEN), col(None), col(3))
match {'a': 1, 'b': 2}:
    case {'a': 1, **kw}:
        print('kw', kw)
match [1, 2, 3]:
    case [*_, last]:
        print('last', last)
match (1, 'x'):
    case (int() as i, str() as s):
        print('tuple', i, s)
match 'abc':
    case [*chars]:
        print('str is not seq', chars)
    case _:
        print('str not matched as sequence')
from collections import OrderedDict, defaultdict
match defaultdict(int, {'k': 1}):
    case {'k': v, 'missing': m}:
        print('bad')
    case {'k': v}:
        print('dd', v)
x = 5
match x:
    case y:
        print('capture', y)
print(y)

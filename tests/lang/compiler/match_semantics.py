# match statements: every pattern kind, guards, captures bound only on success,
# or-patterns binding names in different orders, mapping **rest, class patterns with
# __match_args__, sequence patterns with a starred wildcard.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case None:
            return 'none'
        case True | False as b:
            return 'bool %s' % b
        case 0 | 1 | -1:
            return 'small int %d' % v
        case 1.5 | -2.5j | 1+2j:
            return 'special number %r' % (v,)
        case 'a' | b'b':
            return 'letter %r' % (v,)
        case str() as s if len(s) > 3:
            return 'long str ' + s
        case [] | ():
            return 'empty sequence'
        case [x]:
            return 'one item %r' % (x,)
        case [x, *_, y] if x == y:
            return 'same ends %r' % (x,)
        case [x, *rest]:
            return 'head %r rest %r' % (x, rest)
        case {'kind': 'circle', 'r': r}:
            return 'circle r=%r' % (r,)
        case {'kind': k, **others}:
            return 'kind %s others %r' % (k, sorted(others.items()))
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y) | Point(x=y, y=0):
            return 'on an axis at %r' % (y,)
        case Point(x, y) if x == y:
            return 'diagonal %r' % (x,)
        case Point(x=px):
            return 'point with x=%r' % (px,)
        case int(n) | float(n):
            return 'number %r' % (n,)
        case _:
            return 'other %r' % (type(v).__name__,)

for v in [None, True, False, 0, 1, -1, 1.5, -2.5j, 1+2j, 'a', b'b', 'hello', 'hi', [], (),
          [7], (1, 2, 1), [1, 2, 3], 'xy', {'kind': 'circle', 'r': 2},
          {'kind': 'sq', 'side': 3, 'z': 0}, Point(0, 0), Point(0, 5), Point(6, 0),
          Point(3, 3), Point(3, 4), 42, 2.25, {1, 2}]:
    print(describe(v))

def capture_not_bound_on_failure(v):
    x = 'unset'
    match v:
        case [x, 1]:
            pass
        case _:
            pass
    return x
print(capture_not_bound_on_failure([5, 1]), capture_not_bound_on_failure([5, 2]))

def or_orders(v):
    match v:
        case [a, b, 'ab'] | [b, a, 'ba']:
            return a, b
    return None
print(or_orders([1, 2, 'ab']), or_orders([1, 2, 'ba']), or_orders([1, 2, 'x']))

def guard_side_effects(v):
    calls = []
    def g(tag, res):
        calls.append(tag)
        return res
    match v:
        case int() if g('first', False):
            r = 'first'
        case int() if g('second', True):
            r = 'second'
        case _:
            r = 'default'
    return r, calls
print(guard_side_effects(3), guard_side_effects('s'))

class Color:
    RED = 'red'
    GREEN = 'green'
def by_value(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
    return 'unknown'
print(by_value('red'), by_value('green'), by_value('blue'))

def mapping_keys(m):
    match m:
        case {Color.RED: v, 1: w}:
            return v, w
        case {}:
            return 'any mapping'
    return 'not a mapping'
print(mapping_keys({'red': 1, 1: 2}), mapping_keys({'x': 1}), mapping_keys([]))

def nested(v):
    match v:
        case ('add', ('num', a), ('num', b)):
            return a + b
        case ('neg', ('num', a) as inner):
            return -a, inner
    return None
print(nested(('add', ('num', 1), ('num', 2))), nested(('neg', ('num', 5))))

def star_middle(v):
    match v:
        case [1, *mid, 9]:
            return mid
        case [*_, 'end']:
            return 'ends with end'
    return None
print(star_middle([1, 2, 3, 9]), star_middle([1, 9]), star_middle(('a', 'end')), star_middle('1x9'))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)

from functools import singledispatchmethod, cached_property, singledispatch, partial, partialmethod, lru_cache, total_ordering, wraps, reduce, cmp_to_key
class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return f'obj:{arg!r}'
    @show.register
    def _(self, arg: int):
        return f'int:{arg}'
    @show.register(list)
    def _(self, arg):
        return 'list:' + ','.join(self.show(a) for a in arg)
    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return 'base'
    @kind.register
    @classmethod
    def _(cls, arg: str):
        return f'{cls.__name__}-str'
f = Fmt()
print(f.show(1), f.show('x'), f.show([1, 'a', True]), f.show(2.5), Fmt.kind('s'), Fmt.kind(3))
class Circle:
    def __init__(self, r): self.r = r; self.calls = 0
    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.calls, 'area' in c.__dict__)
del c.area
print(c.area, c.calls)
c.area = 7
print(c.area, Circle.area.__class__.__name__, Circle.area.attrname)
class S:
    __slots__ = ('x',)
    @cached_property
    def y(self): return 1
try:
    S().y
except TypeError as e:
    print(type(e).__name__, e)
@singledispatch
def describe(x): return 'thing'
@describe.register(int)
@describe.register(float)
def _(x): return 'number'
@describe.register
def _(x: dict): return 'mapping'
print(describe(1), describe(1.0), describe({}), describe('s'), describe(True), sorted(t.__name__ for t in describe.registry))
print(describe.dispatch(bool).__name__)
class Cell:
    def set(self, k, v): return (k, v)
    set_a = partialmethod(set, 'a')
print(Cell().set_a(1), partial(int, base=2)('101'), repr(partial(max, 1)).startswith('functools.partial(<built-in function max>'))
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2]: sq(v)
print(sq.cache_info(), sq.cache_parameters())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def documented():
    "doc here"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

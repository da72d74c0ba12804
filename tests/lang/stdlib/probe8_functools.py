import functools
from functools import reduce, partial, lru_cache, total_ordering, wraps, cache, cmp_to_key
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print('TypeError', e)
try:
    reduce()
except TypeError as e:
    print('TypeError', e)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5), p.func is f, p.args, p.keywords)
print(repr(partial(f, 1, c=2)).replace(hex(id(f)), 'ADDR').split(' at ')[0])
pp = partial(p, 7)
print(pp(), pp.args, pp.keywords)
try:
    partial()
except TypeError as e:
    print('TypeError', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@cache
def c2(x, y=1):
    return x + y
print(c2(1), c2(1, y=1), c2(1, 1), c2.cache_info())
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info(), t.cache_parameters())
try:
    lru_cache(maxsize='x')
except TypeError as e:
    print('TypeError', e)
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda v: v).__len__())
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print('ValueError', e)
def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def hello(x):
    """doc here"""
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.singledispatch
def show(x):
    return 'obj'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
print(show(1), show([]), show('s'), show(True))
class C:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
c = C(); print(c.val, c.val)
print(functools.reduce(lambda acc, kv: acc + [kv], {'a': 1}.items(), []))

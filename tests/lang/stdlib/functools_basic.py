import functools
from functools import *
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 7), reduce(max, 'abc'))
for args in [(), (len,), (len, [], 1, 2)]:
    try: reduce(*args)
    except TypeError as e: print(e)
try: reduce(len, [])
except TypeError as e: print(e)
try: reduce(len, 1)
except TypeError as e: print(e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5, d=0), p.func is f, p.args, p.keywords)
pp = partial(p, 7, c=8)
print(pp(), pp.func is f, pp.args, pp.keywords)
print(repr(partial(max, 1, key=abs)).replace(hex(id(max)), 'X'))
class P(partial): pass
print(type(P(f, 1)).__name__, P(f, 1)(2), repr(P(len)))
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
q = partial(f, 1); q.attr = 5; print(q.attr)
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__)
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def g(a, b=1): return a + b
print(g(1), g(1, b=1), g(1, 1), g.cache_info())
@lru_cache(maxsize=None, typed=True)
def h(x): return type(x).__name__
print(h(1), h(1.0), h(True), h.cache_info().currsize)
try: lru_cache('x')
except TypeError as e: print(e)
ci = sq.cache_info(); print(ci.hits, ci._fields, type(ci).__name__)
def deco(fn):
    @wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def documented(x: int) -> int:
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(0), K(1) >= K(5))
try: K(1) < 1
except TypeError as e: print(e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(W(1) < W(2), W(1) <= W(1))
try:
    @total_ordering
    class Z: pass
except ValueError as e: print(e)
@singledispatch
def fun(arg): return 'default'
@fun.register
def _(arg: int): return 'int'
@fun.register(list)
def _(arg): return 'list'
@fun.register(float | complex)
def _(arg): return 'floatish'
print(fun('x'), fun(1), fun(True), fun([1]), fun(1.5), fun(2j), fun.dispatch(bool) is fun.registry[int])
import collections.abc
@fun.register(collections.abc.Mapping)
def _(arg): return 'mapping'
print(fun({}), fun(collections.OrderedDict()) if False else '', sorted(t.__name__ for t in fun.registry))
try: fun()
except TypeError as e: print(e)
try: fun.register(1, lambda x: x)
except TypeError as e: print(e)
try:
    @fun.register
    def _(x: 1): pass
except TypeError as e: print(e)
try:
    @fun.register
    def _(x): pass
except TypeError as e: print(str(e).split(':')[0])
class C:
    @singledispatchmethod
    def m(self, arg): return 'base'
    @m.register
    def _(self, arg: int): return 'int'
    @cached_property
    def expensive(self):
        print('computing'); return 42
    def meth(self, a, b): return (a, b)
    pm = partialmethod(meth, 1)
c = C()
print(c.m('x'), c.m(3), c.expensive, c.expensive, c.__dict__, c.pm(2))
print(repr(partialmethod(print, 1, b=2)).replace(hex(id(print)), 'X'))
print(type(C.__dict__['expensive']).__name__, C.expensive.attrname)
class S:
    __slots__ = ()
    @cached_property
    def x(self): return 1
try: S().x
except TypeError as e: print(e)

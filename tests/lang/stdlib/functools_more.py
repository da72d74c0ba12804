import functools
from functools import *
class A:
    def __init__(self): self.calls = 0
    @lru_cache(maxsize=None)
    def f(self, x):
        self.calls += 1; return x * 2
a = A(); print(a.f(2), a.f(2), a.calls, A.f.cache_info())
print(type(A.__dict__['f']).__name__, A.f.__name__, A.f.__qualname__)
@lru_cache(maxsize=2)
def g(x, y=0): return x + y
g(1); g(1, y=1); g(1); g(2); g(3); print(g.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@lru_cache(maxsize=-5)
def neg(x): return x
neg(1); print(neg.cache_info())
try:
    @lru_cache
    def unh(x): return x
    unh([1])
except TypeError as e: print(e)
def raiser(x): raise ValueError(x)
lr = lru_cache(raiser)
try: lr(1)
except ValueError as e: print('ValueError', e, lr.cache_info())
def f(*args, **kw): return args, kw
p = partial(f, 1, 2, a=1)
print(p(3, a=2, b=3), p(), partial(p, b=5)(), partial(f)(*range(20))[0][-1])
print(partial(f, *range(20))(20)[0][-1], len(partial(f, *range(10))(*range(10))[0]))
r = partial(f); r.__dict__['x'] = 1; print(r.x, partial(r, 1).func is r)
p2 = partial(f, a=1); p2b = partial(p2, a=2); print(p2b.keywords, p2b())
class Cls:
    m = partial(f, 'bound?')
print(Cls().m(1))
def wrapped(): "original"
def wrapper(): pass
wrapper.__dict__['extra'] = 1
wrapped.attr = 'copied'
update_wrapper(wrapper, wrapped)
print(wrapper.__doc__, wrapper.attr, wrapper.__wrapped__ is wrapped, wrapper.__name__)
class NoName:
    def __call__(self): pass
nn = NoName()
def w2(): pass
update_wrapper(w2, nn, assigned=('__name__', '__doc__'), updated=()); print(w2.__name__, w2.__doc__)
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
class MyInt(int): pass
class Base: pass
class Derived(Base): pass
@show.register(Base)
def _(x): return 'base'
print(show(MyInt(3)), show(Derived()), show(3.0), show.dispatch(Derived).__name__)
print(show.registry.keys() == {object, int, Base}, type(show.registry).__name__)
class Q:
    @singledispatchmethod
    @classmethod
    def make(cls, x): return 'default'
    @make.register
    @classmethod
    def _(cls, x: str): return 'str ' + cls.__name__
print(Q.make(1), Q.make('a'))
class NeedsSetName:
    pass
cp = cached_property(lambda self: 1)
try: cp.__get__(NeedsSetName())
except TypeError as e: print(e)
class Two:
    x = cached_property(lambda self: 5)
try:
    class Three:
        y = Two.x
except (TypeError, RuntimeError) as e: print(type(e).__name__, e)
@total_ordering
class NI:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, NI): return NotImplemented
        return self.v < o.v
    def __eq__(self, o): return isinstance(o, NI) and self.v == o.v
try: NI(1) >= 5
except TypeError as e: print(e)
print(NI(2) >= NI(1), NI(1) <= NI(1), NI.__gt__.__name__)
print(reduce(lambda acc, x: acc + [x * 2], range(4), []), reduce(lambda a, b: a, [1]))
print(functools.cache(lambda x: x * 3)(4), callable(functools.lru_cache()))

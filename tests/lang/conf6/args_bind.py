def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def f(a, b=2, /, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
t(lambda: f(1, d=4)); t(lambda: f(1, 2, 3, 4, 5, d=6, z=7)); t(lambda: f(d=1)); t(lambda: f(1)); t(lambda: f(1, a=2, d=3)); t(lambda: f(1, b=5, d=3))
def g(x, /): return x
t(lambda: g(x=1)); t(lambda: g()); t(lambda: g(1, 2))
def h(*, k): return k
t(lambda: h(1)); t(lambda: h()); t(lambda: h(k=1, j=2))
def i(a, b): return a
t(lambda: i(1, 2, 3)); t(lambda: i(1, a=1)); t(lambda: i()); t(lambda: i(1, c=3)); t(lambda: i(*[1], **{'b': 2})); t(lambda: i(**{1: 2})); t(lambda: i(*1)); t(lambda: i(**[]))
def j(a, b, c, d): pass
t(lambda: j(1)); t(lambda: j(1, 2)); t(lambda: j(1, 2, 3, 4, 5)); t(lambda: j(1, 2, 3, 4, e=5))
def k(a, b=1, *, c, d=2): pass
t(lambda: k()); t(lambda: k(1, 2, 3)); t(lambda: k(1, 2, 3, c=1))
class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return (cls.__name__, x)
t(lambda: C().m()); t(lambda: C.m(1)); t(lambda: C().m(1, 2)); t(lambda: C.s()); t(lambda: C.c()); t(lambda: C().c(5)); t(lambda: C.m(None, 3))
t(lambda: len()); t(lambda: len(1, 2)); t(lambda: len(x=1)); t(lambda: print(sep=1)); t(lambda: sorted()); t(lambda: sorted([], key=1) ); t(lambda: sorted([2, 1], key=1)); t(lambda: sorted([1], cmp=1))
t(lambda: int(x=1)); t(lambda: int('1', base=2, x=1)); t(lambda: divmod(1)); t(lambda: isinstance(1)); t(lambda: isinstance(1, 1)); t(lambda: issubclass(1, int)); t(lambda: getattr(1)); t(lambda: getattr(1, 2))
t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range('a')); t(lambda: enumerate()); t(lambda: zip(1)); t(lambda: map(len)); t(lambda: iter(1)); t(lambda: next(1)); t(lambda: next(iter([]), 'd'))
t(lambda: abs('a')); t(lambda: round('a')); t(lambda: hash([])); t(lambda: hex(1.0)); t(lambda: chr('a')); t(lambda: ord(1)); t(lambda: min()); t(lambda: max(1, key=len)); t(lambda: sum(1)); t(lambda: sum([1], start='a'))
t(lambda: open()); t(lambda: vars(1)); t(lambda: dir(1, 2)); t(lambda: setattr(1, 'a', 2)); t(lambda: delattr(1, 'a')); t(lambda: format(1, 1)); t(lambda: format([], 'x')); t(lambda: callable()); t(lambda: repr())
t(lambda: (lambda *, a: a)(1)); t(lambda: (lambda a, /, b: 0)(a=1, b=2)); t(lambda: (lambda: 0)(1)); t(lambda: (lambda a=1: a)(a=2))
def deco(fn):
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    return wrapper
@deco
def w(x): return x
t(lambda: w(1)); t(lambda: w.__name__); t(lambda: w(y=1))
import functools
def deco2(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco2
def w2(x):
    "doc of w2"
    return x
t(lambda: (w2.__name__, w2.__doc__, w2.__wrapped__.__name__)); t(lambda: w2()); t(lambda: w2.__qualname__)
p = functools.partial(j, 1, 2)
t(lambda: p(3)); t(lambda: p(3, 4)); t(lambda: repr(functools.partial(len)))
t(lambda: f.__defaults__); t(lambda: f.__kwdefaults__); t(lambda: f.__code__.co_argcount); t(lambda: f.__code__.co_posonlyargcount); t(lambda: f.__code__.co_kwonlyargcount); t(lambda: f.__code__.co_varnames)
t(lambda: f.__code__.co_flags & 0xc); t(lambda: f.__name__); t(lambda: f.__qualname__); t(lambda: f.__module__); t(lambda: C.m.__qualname__); t(lambda: type(C().m).__name__); t(lambda: C().m.__func__ is C.m)
def ann(a: int, b: 'str' = 'x') -> list: pass
t(lambda: ann.__annotations__)

# inspect.signature / Signature / Parameter / BoundArguments / getfullargspec.
import inspect, functools

def show(f):
    try:
        print(inspect.signature(f))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def f1(a, b=1, *args, c, d=2, **kw): pass
def f2(): pass
def f3(x, /, y, *, z): pass
def f4(a: int, b: str = 'x', *rest: float, **opts: dict) -> list: pass
def f5(a, b=None, /, c=[1, 2]): pass
def f6(*, only): pass
def f7(*args): pass
def f8(p, /): pass
lam = lambda x, y=3: x

class K:
    def m(self, a, b=2): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(y, z=0): pass
    def __call__(self, q, *, r=1): pass

class Init:
    def __init__(self, a, b=5): pass

class New:
    def __new__(cls, n, *xs): return object.__new__(cls)

class Plain:
    pass

for f in (f1, f2, f3, f4, f5, f6, f7, f8, lam, K.m, K().m, K.cm, K.sm, K(), Init,
          New, Plain, functools.partial(f1, 1, c=5), functools.partial(f3, 1),
          functools.partial(Init, b=3), 5, int):
    show(f)

sig = inspect.signature(f1)
print(repr(sig))
print(list(sig.parameters))
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, int(p.kind), p.kind.description, p.default is p.empty,
          p.annotation is inspect.Parameter.empty)
print(sig.return_annotation is inspect.Signature.empty, inspect.signature(f4).return_annotation)
print(repr(inspect.Parameter.KEYWORD_ONLY), str(inspect.Parameter.VAR_KEYWORD))

ba = sig.bind(10, 20, 30, 40, c=3, z=9)
print(ba)
print(ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, c=2)
print(ba)
ba.apply_defaults()
print(ba)
print(sig.bind_partial(d=4))
for args, kw in [((), {}), ((1,), {}), ((1, 2), {'b': 3, 'c': 1}), ((1,), {'c': 1, 'zz': 2})]:
    try:
        print(inspect.signature(f1).bind(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
s3 = inspect.signature(f3)
for args, kw in [((1, 2), {'z': 3}), ((), {'x': 1, 'y': 2, 'z': 3}), ((1, 2, 3), {}),
                 ((1,), {'y': 2}), ((1, 2), {'z': 3, 'q': 4})]:
    try:
        print(s3.bind(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
print(inspect.signature(f2).bind())
try:
    inspect.signature(f2).bind(1)
except TypeError as e:
    print("TypeError", e)

P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=2),
                         P('c', P.KEYWORD_ONLY, annotation=int)], return_annotation=str))
for bad in ([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)],
            [P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
            [P('a', P.POSITIONAL_OR_KEYWORD), P('a', P.KEYWORD_ONLY)]):
    try:
        inspect.Signature(bad)
    except ValueError as e:
        print("ValueError", e)
for args, kw in [(('1a', P.POSITIONAL_ONLY), {}), (('x', 7), {}),
                 (('args', P.VAR_POSITIONAL), {'default': 1}), ((5, P.KEYWORD_ONLY), {}),
                 (('def', P.KEYWORD_ONLY), {})]:
    try:
        P(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = P('x', P.POSITIONAL_OR_KEYWORD, default=3)
print(p.replace(name='y'), p.replace(default=P.empty), p == P('x', 1, default=3), p == p.replace(kind=P.KEYWORD_ONLY))
print(sig == inspect.signature(f1), sig == inspect.signature(f2))
print(sig.replace(return_annotation=int))

print(inspect.getfullargspec(f1))
print(inspect.getfullargspec(f4))
print(inspect.getfullargspec(f3))
print(inspect.getfullargspec(K().m))
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print("TypeError", e)

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def wrapped(alpha, beta=2): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is wrapped.__wrapped__)
def g(): pass
g.__wrapped__ = g
try:
    inspect.unwrap(g)
except ValueError as e:
    print("ValueError", str(e).split(' at ')[0])
class WithSig:
    __signature__ = inspect.Signature([P('s', P.POSITIONAL_ONLY)])
    def __call__(self, *a): pass
print(inspect.signature(WithSig()))

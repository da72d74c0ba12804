def f(a, b, /, c, *, d, e=5): pass
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, 3, d=4, z=1),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: f(*[1], **{'b': 2}),
    lambda: f(1, 2, 3, **{'d': 1, 'e': 2, 'q': 3}),
    lambda: f(1, 2, 3, **{1: 2}),
    lambda: f(1, 2, 3, d=1, **{'d': 2}),
    lambda: f(*5),
    lambda: f(**5),
    lambda: f(1, 2, 3, **{'d': 1}, e=3, **{'e': 4}),
]
for t in tests:
    try:
        t()
        print('ok')
    except TypeError as e:
        print(e)
def g(*, only): pass
for call in [lambda: g(1), lambda: g(), lambda: g(only=1, other=2)]:
    try:
        call(); print('ok')
    except TypeError as e:
        print(e)
def h(a, b=1, *args, c, d=2, **kw): return a, b, args, c, d, kw
print(h(1, c=3), h(1, 2, 3, 4, c=5, x=6))
def k(x, y): pass
for call in [lambda: k(), lambda: k(1), lambda: k(1, 2, 3), lambda: k(1, x=2), lambda: k(y=1, z=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
class M:
    def meth(self, a): pass
    @staticmethod
    def st(a): pass
    @classmethod
    def cl(cls, a): pass
for call in [lambda: M().meth(), lambda: M().meth(1, 2), lambda: M.meth(), lambda: M.st(), lambda: M.cl(), lambda: M().cl(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults.__defaults__)
def kwd(*, a=1, b): return a, b
print(kwd.__kwdefaults__, kwd(b=2))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:5])
import inspect
print(inspect.signature(f), inspect.signature(h), str(inspect.signature(lambda *a, **k: 0)))
for call in [lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: print(sep=1), lambda: sorted([1], key=1, reverse=1) if False else sorted([], foo=1), lambda: int(x=1), lambda: int('1', 2, 3), lambda: str(1, 2, 3, 4), lambda: dict(1, 2), lambda: list(1, 2), lambda: isinstance(1), lambda: getattr(1), lambda: max(), lambda: min(1), lambda: range(), lambda: range(1, 2, 3, 4), lambda: divmod(1), lambda: abs(), lambda: open(), lambda: iter(), lambda: next(), lambda: round(), lambda: pow(1), lambda: '{}'.format(), lambda: 'a'.split(1), lambda: 'a'.join(), lambda: [].append(), lambda: [].insert(1), lambda: {}.get(), lambda: 'a'.replace('a'), lambda: enumerate(), lambda: zip(1)]:
    try:
        call()
        print('ok')
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

# Keyword-only defaults are looked up by name in __kwdefaults__ on every call that omits
# them (by identity of the interned name first): replaced, emptied, partial and odd
# __kwdefaults__ dicts must behave as in CPython.

def f(a, *, b=2, c=3):
    return (a, b, c)

print(f(1), f(1, b=5), f(1, c=6), f(1, c=7, b=8))
print(sorted(f.__kwdefaults__.items()))

f.__kwdefaults__ = {'b': 20}
print(f(1, c=0))
try:
    f(1)
except TypeError as e:
    print('TypeError', e)

f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print('TypeError', e)

f.__kwdefaults__ = {'b': 'x', 'c': 'y', 'zz': 1}
print(f(0))

# keys built at run time (equal strs, not the interned objects)
name_b = ''.join(['b'])
name_c = 'c' * 1
f.__kwdefaults__ = {name_b: 'rb', name_c: 'rc'}
print(f(0), f(0, b=1))

class S(str):
    pass
f.__kwdefaults__ = {S('b'): 'sb', S('c'): 'sc'}
print(f(0))

class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return o == self.n
f.__kwdefaults__ = {K('b'): 'kb', 'c': 'kc'}
print(f(0))

class D(dict):
    def __getitem__(self, k): return 'never'
    def __missing__(self, k): return 'never'
f.__kwdefaults__ = D(b='db', c='dc')
print(f(0))
try:
    f.__kwdefaults__ = D(b='db')
    f(0)
except TypeError as e:
    print('TypeError', e)

# mutated between calls
def g(*, x=1, y=2, **kw):
    return x, y, sorted(kw.items())
d = g.__kwdefaults__
print(g(), g(y=0, z=1))
d['x'] = 10
del d['y']
try:
    g()
except TypeError as e:
    print('TypeError', e)
d['y'] = 'back'
print(g(), g(x=None))

# many keyword-only parameters, lambdas, methods, closures
def h(*, k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9):
    return k0 + k1 + k2 + k3 + k4 + k5 + k6 + k7 + k8 + k9
print(h(), h(k5=50), sum(h(k9=i) for i in range(100)))
lam = lambda *, q=4: q * 2
print(lam(), lam(q=1))
class C:
    def m(self, *, step=1):
        return step
    @staticmethod
    def s(*, v='sv'):
        return v
print(C().m(), C().m(step=3), C.s(), C().s(v=0))
def outer(n):
    def inner(*, add=n):
        return add + n
    return inner
print(outer(3)(), outer(3)(add=1))

# Python calls that take defaults: positional calls filling the missing parameters from
# __defaults__ in place, keyword-only defaults from __kwdefaults__ (found by identity
# first), and the changes a program can make to both between calls.

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def kd(a, b=2, c=[3]):
    return a, b, c

def kw(a, b=2, *, c=3, d=4):
    return a, b, c, d

def kwreq(a, *, x, y=10, z):
    return a, x, y, z

for i in range(3):
    print(kd(i), kd(i, i), kd(i, i, i), kw(i), kw(i, c=5), kw(a=i, d=1))
err(lambda: kd())
err(lambda: kd(1, 2, 3, 4))
err(lambda: kw())
err(lambda: kw(1, 2, 3))
err(lambda: kw(1, e=2))
err(lambda: kw(1, b=2, a=3))
err(lambda: kwreq(1))
err(lambda: kwreq(1, x=1))
print(kwreq(1, x=2, z=3), kwreq(1, z=3, x=2, y=0))

# the defaults are shared objects
kd(0)[2].append('shared')
print(kd(1))

# __defaults__ / __kwdefaults__ replaced, shortened, removed, longer than the parameters
kd.__defaults__ = (20, 30)
print(kd(1), kd(1, 2))
kd.__defaults__ = (99,)
print(kd(1, 2))
err(lambda: kd(1))
kd.__defaults__ = None
err(lambda: kd(1, 2))
kd.__defaults__ = (1, 2, 3, 4, 5)
print(kd(0), kd(0, 0))
kw.__kwdefaults__ = {'d': 'D', 'c': 'C'}
print(kw(1))
kw.__kwdefaults__ = {'c': 'only c'}
err(lambda: kw(1))
kw.__kwdefaults__ = None
err(lambda: kw(1))
kw.__kwdefaults__ = {''.join(['c']): 'built c', ''.join(['d']): 'built d'}
print(kw(1))
class K(dict):
    pass
kw.__kwdefaults__ = K(c='kc', d='kd')
print(kw(1))
d = {'c': 1, 'x': 0, 'd': 2}
del d['x']
kw.__kwdefaults__ = d
print(kw(1))

# methods and closures with defaults, recursion, deep defaults
class C:
    def m(self, a, b=5):
        return self, a, b
    def n(self, k=1, *, j=2):
        return k, j
c = C()
print(c.m(1)[1:], C.m(c, 2)[1:], c.n(), c.n(3), c.n(j=0))

def outer(v):
    def inner(a, b=v):
        return a + b
    return inner
f = outer(10)
print(f(1), f(1, 1), [f(i) for i in range(3)])

def cellarg(a, b=7):
    def g():
        return a + b
    return g()
print(cellarg(1), cellarg(1, 2))

def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(rec(100))

def many(a, b=1, c=2, d=3, e=4, f=5, g=6, h=7, i=8, j=9):
    return a + b + c + d + e + f + g + h + i + j
print(many(0), many(0, 0, 0), many(*range(10)))

def gen(a, b=2):
    yield a
    yield b
print(list(gen(1)), list(gen(1, 3)))

import sys
def deep(n, x=1):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)

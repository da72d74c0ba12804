# Argument binding: CPython 3.11's exact TypeError messages, named by __qualname__.
class C:
    def f(self, x): pass
    def g(self, a, b, *, k): pass
    def h(a, b=1, /, c=2): pass

def tryit(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)

tryit(C().f)
tryit(C().g)
tryit(C().g, 1, 2)
tryit(C().g, 1, 2, 3)
tryit(C.h, 1, 2, 3, 4)
tryit(C.h, a=1)
tryit(C.h, 1, a=1, b=2)
tryit(C().f, 1, x=2)
tryit(C().f, 1, z=2)
tryit(C().f, 1, 2)
def f0(): pass
tryit(f0, 1)
tryit(f0, 1, 2)
def f1(a, *, b): pass
tryit(f1, 1, 2)
tryit(f1, 1, 2, 3, b=1)
def f3(a, b, c): pass
tryit(f3)
tryit(f3, c=1)
def fk(*, a, b, c): pass
tryit(fk)
tryit(fk, 1)
tryit(fk, 1, a=1, b=2, c=3)
def fd(a=1, b=2, *, c): pass
tryit(fd, 1, 2, 3)
tryit(fd, 1, 2, 3, c=4)
tryit(fd, 1, 2, 3, 4, c=4)
tryit(lambda x: x)
def outer():
    def inner(q): pass
    return inner
tryit(outer())
tryit(C.f)
def ff(a, b, c, d): pass
tryit(ff, 1)
tryit(ff, a=1)
def pk(a, /, **kw): print(a, kw)
pk(1, a=2)
tryit(pk, a=1)
def pk2(a, b, /, c): pass
tryit(pk2, a=1, b=2, c=3)
tryit(C.h, a=1, b=2)
tryit(C.h, 1, b=2, c=3)
try:
    f0(**{1: 2})
except TypeError as e:
    print(e)
try:
    f0(*1)
except TypeError as e:
    print(e)
try:
    f0(**1)
except TypeError as e:
    print(e)
try:
    f3(1, **{'a': 2, 'b': 3})
except TypeError as e:
    print(e)
try:
    f3(1, a=2, **{'a': 2, 'b': 3})
except TypeError as e:
    print(e)
try:
    f3(1, **{'c': 2}, **{'c': 2, 'b': 3})
except TypeError as e:
    print(e)
try:
    print(*1)
except TypeError as e:
    print(e)
try:
    len(**None)
except TypeError as e:
    print(e)
def v(*args, **kw):
    return args, kw
print(v(1, *[2, 3], x=1, **{'y': 2}))
print(v(*range(3), *'ab'))
print(v(**{'a': 1}, b=2, **{'c': 3}))
def defaults(a, b=[], *args, c=5, d, **rest):
    return a, b, args, c, d, rest
print(defaults(1, d=4))
print(defaults(1, 2, 3, 4, d=4, e=6, c=0))
defaults.__defaults__ = (9,)
defaults.__kwdefaults__ = {'c': 7, 'd': 8}
print(defaults(1))

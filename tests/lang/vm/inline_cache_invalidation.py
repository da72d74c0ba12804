# Lookups the VM caches (globals, builtins, class attributes, methods) must see every
# change: rebinding, deletion, shadowing, class mutation, descriptors added later.
def use_len(x):
    return len(x)
print(use_len('abc'))
len = lambda x: 'shadowed'
print(use_len('abc'))
del len
print(use_len('abc'))
import builtins
orig = builtins.len
builtins.len = lambda x: 'builtin replaced'
print(use_len('abc'))
builtins.len = orig
print(use_len('abc'))

counter = 1
def read():
    return counter
for i in range(3):
    print(read())
    counter += 10
del counter
try:
    read()
except NameError as e:
    print(e)

code = read.__code__
g1 = {'counter': 'g1'}
g2 = {'counter': 'g2'}
f1 = type(read)(code, g1)
f2 = type(read)(code, g2)
print(f1(), f2(), f1(), f2())
g1['counter'] = 'g1b'
print(f1(), f2())

class A:
    x = 'class x'
    def m(self):
        return 'A.m'
class B(A):
    pass
def get(o):
    return o.x, o.m()
b = B()
print(get(b))
A.x = 'changed'
print(get(b))
B.m = lambda self: 'B.m'
print(get(b))
b.x = 'instance'
b.m = lambda: 'instance m'
print(get(b))
del b.m, b.x
print(get(b))
del B.m
print(get(b))

class Desc:
    def __get__(self, obj, typ):
        return 'from descriptor'
class C:
    pass
def getattr_y(o):
    return o.y
c = C()
c.y = 'instance y'
print(getattr_y(c))
C.y = Desc()
print(getattr_y(c))
Desc.__set__ = lambda self, obj, v: None
print(getattr_y(c))
del Desc.__set__
print(getattr_y(c))

class S:
    __slots__ = ('a',)
def set_get(o, v):
    o.a = v
    return o.a
s = S()
print(set_get(s, 1), set_get(s, 2))
try:
    s.b = 3
except AttributeError as e:
    print(e)

class P:
    def __init__(self):
        self.v = 0
    def bump(self):
        self.v += 1
        return self.v
p = P()
for _ in range(3):
    p.bump()
print(p.v)
P.bump = lambda self: -1
print(p.bump())
class Q:
    def who(self):
        return 'Q'
class R:
    def who(self):
        return 'R'
def call_who(o):
    return o.who()
objs = [Q(), R(), Q()]
print([call_who(o) for o in objs])
objs[0].__class__ = R
print([call_who(o) for o in objs])
def meth_on_int():
    return (5).bit_length(), 'x'.upper(), [3, 1, 2].index(1)
print(meth_on_int())

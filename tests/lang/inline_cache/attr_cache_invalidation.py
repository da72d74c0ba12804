# Attribute inline caches: instance dicts, methods shadowed and replaced, properties,
# class and module attributes, descriptors gaining __set__, __slots__ members.
class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x
    @property
    def p(self):
        return self.x * 2
class B(A):
    __slots__ = ()
a = A(3)
print(a.x, a.m(), a.p)
a.m = lambda: 99
print(a.m())
del a.m
print(a.m())
A.m = lambda self: 'new'
print(a.m())
class R:
    def __init__(self):
        return 5
for i in range(3):
    try:
        R()
    except TypeError as e:
        print(type(e).__name__, e)
class S:
    def __init__(self, a, b=2):
        self.a = a + b
print(S(1).a, S(1, 5).a, S(a=4).a)
import sys as math
for i in range(3):
    print(math.maxsize)
math.maxsize = 3
print(math.maxsize)
class K:
    X = 5
for i in range(3):
    print(K.X)
    K.X = i
class D:
    def __get__(self, o, t): return 'D'
class E:
    d = D()
e = E()
e.__dict__['d'] = 'inst'
for i in range(2):
    print(e.d)
D.__set__ = lambda s, o, v: None
print(e.d)
def gen():
    class G:
        def __init__(self):
            yield 1
    try:
        G()
    except TypeError as ex:
        print(ex)
gen()
class Bad:
    def __init__(self):
        raise ValueError('x')
try:
    Bad()
except ValueError as ex:
    print('caught', ex)
for i in range(4):
    o = A(i)
    if i == 2:
        o.__dict__.clear()
        try:
            print(o.x)
        except AttributeError as ex:
            print(ex)
    else:
        print(o.x)
class SL:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a
for i in range(3):
    s = SL(i)
    print(s.a)
    try:
        print(s.b)
    except AttributeError as ex:
        print(ex)
    s.b = i * 2
    print(s.b)
    del s.a
    try:
        print(s.a)
    except AttributeError as ex:
        print(ex)
class SL2(SL):
    pass
x = SL2(5); print(x.a)
class Other:
    a = SL.__dict__['a']
try:
    print(Other().a)
except TypeError as ex:
    print(ex)

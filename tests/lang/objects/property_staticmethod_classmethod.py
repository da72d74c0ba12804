# property with getter/setter/deleter decorators and doc; staticmethod / classmethod binding.
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
    y = property(lambda self: 42)
    z = property()
p = P()
p.x = 5
print(p.x, P.x.__doc__, p.y, type(P.x).__name__, P.x.fget.__name__, P.y.fset)
del p.x
for action in (lambda: setattr(p, 'y', 1), lambda: delattr(p, 'y'), lambda: p.z):
    try:
        action()
    except AttributeError as e:
        print(e)
try:
    property().__get__(1)
except AttributeError as e:
    print(e)
print(P.x.getter(lambda s: 7).__get__(p), isinstance(P.__dict__['x'], property))
class Sub(property):
    pass
class Q:
    @Sub
    def v(self):
        "sub doc"
        return 3
print(Q().v, type(Q.__dict__['v']).__name__, Q.__dict__['v'].__doc__)
class S:
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def c(cls, a):
        return (cls.__name__, a)
print(S.s(1, 2), S().s(3, 4), S.c(5), S().c(6))
class S2(S):
    pass
print(S2.c(1), S2().c(2))
print(type(S.__dict__['s']).__name__, type(S.__dict__['c']).__name__)
print(S.__dict__['s'].__func__ is S.s, S.__dict__['c'].__func__.__name__)
print(S.__dict__['s'].__name__, S.__dict__['s'].__wrapped__ is S.s, S.__dict__['s'](2, 2))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, S)(), cm.__get__(S())())

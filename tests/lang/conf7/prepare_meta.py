class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=OrderedMeta, flag=True):
    x = 1
    def f(self): pass
print(A.injected)

class LogDict(dict):
    def __setitem__(self, k, v):
        print('ns set', k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(m, name, bases):
        return LogDict()
class B(metaclass=M2):
    y = 2
    def g(self): return 3
print(type(B.__dict__).__name__, B.y)

class M3(type):
    def __prepare__(name, bases):
        return 5
try:
    class C(metaclass=M3): pass
except TypeError as e:
    print(e)

class Meta(type):
    def __call__(cls, *a, **k):
        print('meta call', cls.__name__, a)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, inst):
        return inst == 'magic' or type.__instancecheck__(cls, inst)
    def __subclasscheck__(cls, sub):
        return sub is int or type.__subclasscheck__(cls, sub)
    def __len__(cls):
        return 7
    def __repr__(cls):
        return f'<Meta {cls.__name__}>'
class D(metaclass=Meta):
    def __init__(self, v): self.v = v
d = D(3)
print(d.v, isinstance('magic', D), isinstance(1, D), isinstance(d, D))
print(issubclass(int, D), issubclass(str, D), len(D), D, [D])
print(isinstance(1, (str, D)), issubclass(bool, (D,)))

class M4(type): pass
class M5(type): pass
class X(metaclass=M4): pass
class Y(metaclass=M5): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
print(type(type('Q', (X,), {})).__name__)

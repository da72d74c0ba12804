# Metaclasses: __new__/__init__/__call__ overrides, class keywords, metaclass inheritance.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.added = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
class A(metaclass=Meta, flag=1):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
    def __init__(self, v):
        self.v = v
print(A, A.added, type(A), A(5).v)
class B(A, flag=2):
    pass
print(type(B), B.added)
class M2(type):
    pass
class M3(type):
    pass
class C2(metaclass=M2):
    pass
class C3(metaclass=M3):
    pass
try:
    class Bad(C2, C3):
        pass
except TypeError as e:
    print(e)
class Sub2(M2):
    pass
class C4(C2, metaclass=Sub2):
    pass
print(type(C4).__name__)
class C5(C4):
    pass
print(type(C5).__name__)
T = Meta('T', (), {'q': 1})
print(T.q, T.added)
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class Tracked(metaclass=Counting):
    def __init__(self, x=0):
        self.x = x
Tracked(); Tracked(x=3)
print(Counting.count, Tracked(7).x)
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {'injected': 1}
class WithPrep(metaclass=Prep):
    pass
print(WithPrep.injected)
print(type.__prepare__('x', ()), type('E', (), {}).__class__)
class MroMeta(type):
    def mro(cls):
        return [cls, object]
class Weird(int, metaclass=MroMeta):
    pass
print(Weird.__mro__)

class A:
    def who(self): return 'A'
    @classmethod
    def cwho(cls): return 'A.c:' + cls.__name__
    def cls_cell(self): return __class__
class B(A):
    def who(self): return 'B>' + super().who()
    @classmethod
    def cwho(cls): return 'B.c>' + super().cwho()
    @staticmethod
    def st():
        try:
            return super().who()
        except RuntimeError as e:
            return str(e)
    def lam(self):
        return (lambda: super().who())()
    def gen(self):
        yield super().who()
    def comp(self):
        return [super().who() for _ in range(1)]
    def explicit(self):
        return super(B, self).who(), super(A, self).__class__.__name__
b = B()
print(b.who(), B.cwho(), b.cwho(), B.st(), next(b.gen()), b.explicit(), b.cls_cell().__name__)
class C(B):
    pass
print(C().who(), C.cwho())
def outside(self):
    return super().who()
class D(A):
    pass
D.outside = outside
try:
    D().outside()
except RuntimeError as e:
    print(e)
class E(A):
    def who(self):
        __class__ = 'shadow'
        return __class__
print(E().who())
class F(A):
    def who(self):
        del self
        try:
            return super().who()
        except RuntimeError as e:
            return str(e)
print(F().who())
class G(A):
    def who(*args):
        return super().who()
try:
    print(G().who())
except RuntimeError as e:
    print('G', e)
sup = super(B, b)
print(sup.who(), type(sup).__name__, sup.__self__ is b, sup.__thisclass__.__name__, sup.__self_class__.__name__)
print(super(B, B).cwho(), super(B, C).cwho())
try:
    super(B, A())
except TypeError as e:
    print(e)
try:
    super(B, 1).who()
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
class WithMeta(metaclass=Meta):
    def m(self): return super().__class__.__name__, __class__.tag
print(WithMeta().m())
class Prop(A):
    @property
    def p(self): return super().who() + '-prop'
print(Prop().p)
class Init:
    def __init__(self, **kw):
        self.kw = kw
class Child(Init):
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x
c = Child(1, y=2)
print(c.x, c.kw)
class Mixin:
    def hello(self): return 'mixin+' + super().hello()
class Base:
    def hello(self): return 'base'
class Combo(Mixin, Base): pass
print(Combo().hello(), [k.__name__ for k in Combo.mro()])
class SetAttrSuper(A):
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
s = SetAttrSuper(); s.v = 2; print(s.v)
class GetAttrSuper:
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return super().__getattribute__(n)
g = GetAttrSuper(); g.real = 1; print(g.magic, g.real)
for name in ('lam', 'comp'):
    try:
        getattr(b, name)()
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)

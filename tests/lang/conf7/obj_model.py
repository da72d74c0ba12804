import copy, pickle
class A:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
a = A(1); print(a.x)
class B:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(B())
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
class D:
    pass
try:
    D(1)
except TypeError as e:
    print(e)
class E:
    def __init__(self): pass
try:
    E(1)
except TypeError as e:
    print(e)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
print(s.a, hasattr(s, 'b'), hasattr(s, '__dict__'), S.a.__class__.__name__)
class S2(S):
    __slots__ = ('c',)
s2 = S2(); s2.c = 3; print(s2.a, s2.c)
class S3(S):
    pass
s3 = S3(); s3.z = 1; print(s3.z, s3.__dict__)
try:
    class Bad(S):
        __slots__ = ('a',)
    print('ok conflict', Bad.__slots__)
except TypeError as e:
    print(e)
try:
    class Bad2:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
try:
    class Bad3(int):
        __slots__ = ('y',)
except TypeError as e:
    print(e)
class WithDict:
    __slots__ = ('__dict__', 'q')
w = WithDict(); w.q = 1; w.other = 2; print(w.__dict__)
print(copy.copy(s).a, copy.deepcopy(s2).c)
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __repr__(self): return f'P({self.v!r})'
p = P([1, 2])
p2 = copy.deepcopy(p); p3 = copy.copy(p)
print(p2 == p, p2.v is p.v, p3.v is p.v)
print(pickle.loads(pickle.dumps(p)))
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self):
        return (R, (self.a * 2,))
print(pickle.loads(pickle.dumps(R(3))).a, copy.copy(R(4)).a)
class G:
    def __getstate__(self): return {'g': 'state'}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = pickle.loads(pickle.dumps(G())); print(g.g, g.restored)
g2 = copy.deepcopy(G()); print(g2.g, g2.restored)
class Cp:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(Cp()), copy.deepcopy([Cp()]))
lst = [1]; lst.append(lst)
dc = copy.deepcopy(lst); print(dc[1] is dc, dc is not lst)
print(object().__reduce_ex__(2)[0].__name__ if False else '')
print(A.__reduce_ex__ is object.__reduce_ex__)
class Parent:
    def hello(self): return 'parent'
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'static'
class Child(Parent):
    def hello(self): return 'child+' + super().hello()
    @classmethod
    def cm(cls): return 'child:' + super().cm()
print(Child().hello(), Child.cm(), Child.sm(), Child().sm(), super(Child, Child()).hello())
class X:
    def f(self):
        return super()
print(type(X().f()).__name__, repr(super(Child, Child()))[:20])
def free():
    super()
try:
    free()
except RuntimeError as e:
    print(e)
class Y:
    def m(self):
        def inner():
            return super().__repr__
        return inner
try:
    Y().m()()
except RuntimeError as e:
    print(e)
try:
    super(int, 'x')
except TypeError as e:
    print(e)
class Diamond:
    def who(self): return ['Diamond']
class L(Diamond):
    def who(self): return ['L'] + super().who()
class Rr(Diamond):
    def who(self): return ['R'] + super().who()
class Bottom(L, Rr):
    def who(self): return ['Bottom'] + super().who()
print(Bottom().who(), [k.__name__ for k in Bottom.__mro__])
try:
    class Bad4(Diamond, L): pass
except TypeError as e:
    print(e)
print(Bottom.__bases__, Bottom.__base__, L.__subclasses__())
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        'the v'
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError('neg')
        self._v = val
    @v.deleter
    def v(self):
        print('deleting'); del self._v
pr = Prop(); pr.v = 5; print(pr.v, Prop.v.__doc__)
try:
    pr.v = -1
except ValueError as e:
    print(e)
del pr.v
try:
    pr.v
except AttributeError as e:
    print(e)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print(e)
try:
    del RO().r
except AttributeError as e:
    print(e)
class Sub(Prop):
    @Prop.v.getter
    def v(self): return 'sub:' + str(self._v)
sp = Sub(); sp.v = 3; print(sp.v)
print(type(Prop.__dict__['v']).__name__, Prop.v.fget.__name__, Prop.v.fset is not None)
class Desc:
    def __get__(self, obj, typ=None): return ('get', obj is None, typ.__name__)
class HasD:
    d = Desc()
print(HasD.d, HasD().d)
hd = HasD(); hd.__dict__['d'] = 'instance'; print(hd.d)
class DataDesc:
    def __get__(self, obj, typ=None): return 'data'
    def __set__(self, obj, v): print('data set', v)
class HasDD:
    d = DataDesc()
h = HasDD(); h.__dict__['d'] = 'inst'; print(h.d); h.d = 5

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    __slots__ = ('x', 'y')
class B(A):
    pass
a = A()
t(lambda: a.x)
t(lambda: setattr(a, 'z', 1))
t(lambda: B().__dict__)
t(lambda: A.x)
t(lambda: type(A.x).__name__)
class C:
    __slots__ = ['__dict__', 'v']
c = C(); c.w = 3; c.v = 4
t(lambda: (c.w, c.v, c.__dict__))
t(lambda: type('X', (A,), {'__slots__': ('x',)}))
class D: pass
class E: pass
d = D()
d.__class__ = E
t(lambda: type(d).__name__)
t(lambda: setattr(d, '__class__', int))
t(lambda: setattr(1, '__class__', bool))
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
    def __len__(cls):
        return 99
    def __getitem__(cls, k):
        return (cls.__name__, k)
class M(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
t(lambda: M(5, ).v)
t(lambda: isinstance(42, M))
t(lambda: isinstance(41, M))
t(lambda: issubclass(int, M))
t(lambda: len(M))
t(lambda: M[int])
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class S1(Base, tag='one'): pass
t(lambda: S1.tag)
t(lambda: type('S2', (Base,), {}, tag='two').tag)
def bad():
    class S3(Base, nope=1): pass
t(bad)
class MroE:
    def __mro_entries__(self, bases):
        return (dict,)
class FromMro(MroE()): pass
t(lambda: FromMro.__mro__)
t(lambda: type(FromMro.__orig_bases__[0]).__name__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): "the x"; return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting")
p = P(); p.x = 5
t(lambda: p.x)
del p.x
t(lambda: P.x.__doc__)
class Q:
    @property
    def ro(self): return 1
t(lambda: setattr(Q(), 'ro', 2))
t(lambda: delattr(Q(), 'ro'))
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'unset') + '!'
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value.upper()
class H:
    attr = Desc()
h = H(); t(lambda: h.attr); h.attr = 'abc'; t(lambda: h.attr)
t(lambda: H.attr.name)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
t(lambda: Cmp(1) == Cmp(1))
t(lambda: Cmp(1) != Cmp(1))
t(lambda: Cmp(1) < Cmp(2))
t(lambda: Cmp(1) >= 2)
t(lambda: sorted([Cmp(1), Cmp(2)]))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __repr__(self): return f"Num({self.v})"
    def __neg__(self): return Num(-self.v)
    def __index__(self): return self.v
n = Num(3)
t(lambda: n + 1)
t(lambda: 1 + n)
t(lambda: sum([Num(1), Num(2)]))
n += 1; t(lambda: n)
t(lambda: -n)
t(lambda: [0]*200 [Num(5)] if False else list(range(10))[Num(2)])
t(lambda: bin(Num(5)))
t(lambda: 'ab' * Num(2))
t(lambda: n - 1)
t(lambda: 1 - n)
t(lambda: n @ n)
t(lambda: n ** 2)
t(lambda: n < 3)
t(lambda: abs(n))
t(lambda: ~n)
t(lambda: hash(Cmp(1)))
class Hh:
    def __eq__(self, o): return True
t(lambda: hash(Hh()))
class Ll:
    def __len__(self): return -1
t(lambda: len(Ll()))
class Ll2:
    def __len__(self): return 2**70
t(lambda: len(Ll2()))
class Bb:
    def __bool__(self): return 1
t(lambda: bool(Bb()))
class Rr:
    def __repr__(self): return 5
t(lambda: repr(Rr()))
class Ss:
    def __str__(self): return b'x'
t(lambda: str(Ss()))
class It:
    def __iter__(self): return 5
t(lambda: iter(It()))
class Gi:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
t(lambda: list(Gi()))
t(lambda: 20 in Gi())
t(lambda: list(reversed(Gi())))

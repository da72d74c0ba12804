# class-level features: __class_getitem__, __init_subclass__ registry, __set_name__, class decorators, properties inheritance
class Plugin:
    registry = {}
    def __init_subclass__(cls, *, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Csv(Plugin, name="csv"): pass
class Json(Plugin): pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
class Base:
    @property
    def val(self): return "base"
    @val.setter
    def val(self, v): print("base setter", v)
class Derived(Base):
    @Base.val.getter
    def val(self): return "derived"
d = Derived(); print(d.val); d.val = 3
class P:
    def __init__(self): self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v * 2), None, "doc of x")
p = P(); p.x = 5; print(p.x, P.x.__doc__)
try: del p.x
except AttributeError as e: print(e)
class RO:
    @property
    def r(self): return 1
try: RO().r = 2
except AttributeError as e: print(e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self): print("deleting"); del self._c
t = Temp(); t.f = 212; print(t._c, t.f); del t.f
try: t.f
except AttributeError as e: print(e)
class Cls:
    count = 0
    def __init__(self): type(self).count += 1
    @classmethod
    def make(cls, n): return [cls() for _ in range(n)]
    @staticmethod
    def helper(x): return x * 2
    @classmethod
    @property
    def desc(cls): return f"class {cls.__name__}"
class Sub(Cls): pass
Sub.make(2); Cls.make(1)
print(Cls.count, Sub.count, Cls.helper(3), Sub().helper(4), Cls.make.__self__ is Cls, type(Cls.__dict__["helper"]).__name__)
class Gen:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x", 1])
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print(f"eq {self.v} {getattr(o, 'v', o)}"); return NotImplemented
print(Cmp(1) == Cmp(2), Cmp(1) != 1, Cmp(3) == 3)
class A:
    def __eq__(self, o): print("A.eq"); return NotImplemented
class B(A):
    def __eq__(self, o): print("B.eq"); return True
print(A() == B(), B() == A())
class Weird:
    def __lt__(self, o): return "truthy"
print(Weird() < Weird(), Weird() > Weird() if hasattr(Weird, "__gt__") else "", sorted([Weird(), Weird()]) is not None)
class Dyn: pass
Dyn.method = lambda self: "added later"
print(Dyn().method(), Dyn.method.__name__, Dyn.__name__, Dyn.__qualname__, Dyn.__module__)
Dyn.__name__ = "Renamed"; print(Dyn, Dyn.__qualname__)
def f(): pass
f.__qualname__ = "q"; f.attr = 1; print(f.__qualname__, f.__dict__, f.__defaults__, f.__kwdefaults__)
class WithDoc:
    """Class docstring."""
    def m(self):
        """Method doc."""
print(WithDoc.__doc__, WithDoc.m.__doc__, WithDoc().m.__func__ is WithDoc.m, WithDoc().m.__self__.__class__.__name__)
print(type.__name__, type(type), type(object), object.__bases__, type.__bases__, bool.__mro__, int.__subclasses__()[:0])
try:
    class X(int, str): pass
except TypeError as e: print(e)
try:
    class Y(bool): pass
except TypeError as e: print(e)
try:
    class Z(1): pass
except TypeError as e: print(e)
class Q: __slots__ = ()
try: Q().a = 1
except AttributeError as e: print(e)

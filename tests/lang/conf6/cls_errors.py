def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class A:
    def __init__(self): return 5
t(lambda: A())
class B:
    pass
t(lambda: B(1)); t(lambda: object(1)); t(lambda: object.__new__(B, 1))
class B2:
    def __init__(self, x): pass
t(lambda: B2()); t(lambda: B2(1, 2))
class B3:
    def __new__(cls, x): return super().__new__(cls)
t(lambda: type(B3(1)).__name__); t(lambda: B3())
def bad_slots():
    class S:
        __slots__ = ('a',)
        a = 1
t(bad_slots)
def bad_slots2():
    class S:
        __slots__ = ('__dict__', '__dict__')
t(bad_slots2)
def bad_slots3():
    class S(int):
        __slots__ = ('a',)
t(bad_slots3)
def bad_base():
    class X(1): pass
t(bad_base)
def bad_base2():
    class X(bool): pass
t(bad_base2)
def dup_base():
    class X(B, B): pass
t(dup_base)
def mro_conflict():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass
t(mro_conflict)
def layout():
    class X(int, str): pass
t(layout)
def meta_conflict():
    class M1(type): pass
    class M2(type): pass
    class X(metaclass=M1): pass
    class Y(metaclass=M2): pass
    class Z(X, Y): pass
t(meta_conflict)
t(lambda: super()); t(lambda: super(int, 'x')); t(lambda: super(B, B()).nothing)
class SuperUser:
    def m(self): return super().__repr__()[:10]
t(lambda: SuperUser().m())
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
t(lambda: Ab())
class Ab2(Ab):
    def f(self): pass
t(lambda: Ab2())
t(lambda: type(type('T', (), {})()).__name__); t(lambda: type('T', 1, {})); t(lambda: type(1, 2)); t(lambda: type('T', (), {}, 1))
t(lambda: int.__new__(str)); t(lambda: object.__new__(int)); t(lambda: list.__init__(1))
class Fz:
    __slots__ = ()
t(lambda: setattr(Fz(), 'a', 1))
t(lambda: setattr(int, 'x', 1)); t(lambda: setattr(object, 'x', 1)); t(lambda: delattr(int, 'real')); t(lambda: setattr(type, '__name__', 'x'))
class NameSet: pass
NameSet.__name__ = 'Renamed'
t(lambda: NameSet); t(lambda: setattr(NameSet, '__name__', 5)); t(lambda: setattr(NameSet, '__bases__', (int,)))
t(lambda: B.__dict__['__dict__']); t(lambda: type(B.__dict__).__name__); t(lambda: B.__dict__.__setitem__('x', 1))
t(lambda: vars(B())); t(lambda: B().__weakref__)
import dataclasses
@dataclasses.dataclass(frozen=True, order=True)
class DC:
    a: int
    b: list = dataclasses.field(default_factory=list, compare=False)
    def __post_init__(self): pass
t(lambda: DC(1)); t(lambda: DC(1) < DC(2)); t(lambda: setattr(DC(1), 'a', 2)); t(lambda: hash(DC(1)) == hash(DC(1))); t(lambda: dataclasses.asdict(DC(1, [2]))); t(lambda: dataclasses.replace(DC(1), a=3)); t(lambda: [f.name for f in dataclasses.fields(DC)])
def dc_bad():
    @dataclasses.dataclass
    class X:
        a: list = []
t(dc_bad)
def dc_order():
    @dataclasses.dataclass
    class X:
        a: int = 1
        b: int
t(dc_order)
@dataclasses.dataclass
class DC2:
    x: int = 0
t(lambda: DC2() == DC2()); t(lambda: DC2(1)); t(lambda: DC2(y=1)); t(lambda: DC2.__match_args__)

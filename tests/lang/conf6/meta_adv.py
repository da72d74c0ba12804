def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class Reg(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': True}
class P(metaclass=Reg, flag=1): pass
t(lambda: (P.injected, Reg.registry)); t(lambda: type(P).__name__); t(lambda: isinstance(P, Reg))
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class LogDict(dict):
            def __setitem__(self, k, v):
                if not k.startswith('__'): print('define', k)
                super().__setitem__(k, v)
        return LogDict()
class O(metaclass=OrderedMeta):
    b = 1
    a = 2
    def m(self): pass
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v): self.v = v
t(lambda: S(1) is S(2)); t(lambda: S(3).v)
class AttrMeta(type):
    def __getattr__(cls, name): return f'meta attr {name}'
    @property
    def prop(cls): return 'meta prop'
class AM(metaclass=AttrMeta):
    x = 'class x'
t(lambda: AM.x); t(lambda: AM.anything); t(lambda: AM.prop); t(lambda: AM().x); t(lambda: hasattr(AM(), 'prop'))
t(lambda: type(type)); t(lambda: type.__class__); t(lambda: isinstance(type, object)); t(lambda: isinstance(object, type))
Dyn = type('Dyn', (object,), {'x': 1, 'f': lambda self: self.x + 1, '__repr__': lambda self: 'Dyn!'})
t(lambda: (Dyn().f(), repr(Dyn()), Dyn.__name__, Dyn.__qualname__, Dyn.__module__))
t(lambda: type('X', (int,), {})(5) + 1)
class WithClassGetitem:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item!r}]'
t(lambda: WithClassGetitem[int]); t(lambda: WithClassGetitem()[1] if False else 'skip')
class Abstract:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, 'required'):
            raise TypeError(f'{cls.__name__} must define required')
        super().__init_subclass__(**kw)
def mk_bad():
    class Bad(Abstract): pass
t(mk_bad)
class Good(Abstract):
    required = 1
t(lambda: Good.required)
class SN:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class HasSN:
    a = SN()
    b = SN()
class ErrSN:
    def __set_name__(self, owner, name): raise ValueError('sn failed')
def mk_errsn():
    class X:
        e = ErrSN()
t(mk_errsn)
class MetaRepr(type):
    def __repr__(cls): return f'<custom class {cls.__name__}>'
class MR(metaclass=MetaRepr): pass
t(lambda: MR); t(lambda: [MR]); t(lambda: str(MR))
t(lambda: MR.__class__.__mro__)
class M1(type): pass
class M2(M1): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
class X3(X1, X2): pass
t(lambda: type(X3).__name__)
t(lambda: type.__prepare__('x', ()))
t(lambda: type.__call__(int, '5'))
t(lambda: type.__new__(type, 'N', (), {}).__name__)
t(lambda: type.__new__(1, 'N', (), {}))
t(lambda: type.__init__(int, 1, 2, 3, 4))
class Mro(type):
    def mro(cls): return [cls, object]
class MM(metaclass=Mro): pass
t(lambda: MM.__mro__)
t(lambda: int.mro()); t(lambda: type(int.mro).__name__)
class Sub(list):
    def append(self, x): super().append(x * 2)
sl = Sub([1]); sl.append(5)
t(lambda: (sl, type(sl + [1]).__name__, type(sl[:]).__name__, isinstance(sl, list), len(sl)))
class SubD(dict):
    def __getitem__(self, k): return 'override'
sd = SubD(a=1)
t(lambda: (sd['a'], sd.get('a'), dict(sd), {**sd}, list(sd.items())))
class SubS(str):
    def upper(self): return 'custom upper'
ss = SubS('abc')
t(lambda: (ss.upper(), ss + 'd', type(ss + 'd').__name__, type(ss[0]).__name__, ss == 'abc', hash(ss) == hash('abc'), str(ss), type(str(ss)).__name__))
class SubI(int):
    def __repr__(self): return f'SubI({int(self)})'
si = SubI(5)
t(lambda: (si, si + 1, type(si + 1).__name__, -si, type(abs(si)).__name__, si.real, type(si.real).__name__, f'{si}', str(si)))
class SubT(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
t(lambda: (SubT(1, 2), type(SubT(1, 2)).__name__, SubT(1) + (2,), type(SubT(1) + (2,)).__name__))
class SubF(float): pass
t(lambda: (SubF(1.5), type(SubF(1.5) * 2).__name__, SubF('2.5'), repr(SubF(1e100))))

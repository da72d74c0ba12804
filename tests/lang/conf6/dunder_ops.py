def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ('A.add', self.v, o if not isinstance(o, A) else o.v)
    def __radd__(self, o): return ('A.radd', self.v, o)
    def __repr__(self): return f'A({self.v})'
class B(A):
    def __radd__(self, o): return ('B.radd', self.v, o.v if isinstance(o, A) else o)
t(lambda: A(1) + B(2)); t(lambda: B(1) + A(2)); t(lambda: 1 + A(1)); t(lambda: A(1) + 1); t(lambda: 'x' + A(1))
class C:
    def __eq__(self, o): return 'C.eq'
class D(C):
    def __eq__(self, o): return 'D.eq'
t(lambda: C() == D()); t(lambda: D() == C()); t(lambda: C() != D()); t(lambda: 1 == C())
class H:
    def __eq__(self, o): return True
t(lambda: H.__hash__); t(lambda: hash(H()))
class H2(H):
    __hash__ = object.__hash__
t(lambda: isinstance(hash(H2()), int))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __gt__(self, o): print('gt', self.v, o.v); return self.v > o.v
t(lambda: Ord(1) < Ord(2) < Ord(3)); t(lambda: Ord(1) > Ord(2)); t(lambda: max(Ord(1), Ord(5), Ord(3)).v); t(lambda: Ord(1) <= Ord(2))
class Inplace:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(('iadd', o)); return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return 'sub fallback'
    def __imul__(self, o): return None
x = Inplace(); x += 5; t(lambda: x.log)
y = Inplace(); y -= 1; t(lambda: y)
z = Inplace(); z *= 2; t(lambda: z)
def bad_inplace():
    w = Inplace(); w /= 2
t(bad_inplace)
class GA:
    def __getattr__(self, name):
        if name.startswith('x'): return name * 2
        raise AttributeError(f'no {name}')
g = GA()
t(lambda: g.xy); t(lambda: g.other); t(lambda: getattr(g, 'other', 'dflt')); t(lambda: hasattr(g, 'x1'))
class GAB:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError('hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback ' + name
t(lambda: GAB().secret); t(lambda: GAB().__class__.__name__)
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print('deleting', name); object.__delattr__(self, name)
s = SA(); s.a = 3; t(lambda: s.a); del s.a; t(lambda: s.a)
class Cont:
    def __contains__(self, x): return x == 'yes'
    def __len__(self): return 0
    def __bool__(self): return True
t(lambda: 'yes' in Cont()); t(lambda: 'no' not in Cont()); t(lambda: bool(Cont())); t(lambda: len(Cont()))
class Call:
    def __call__(self, *a, **k): return (a, k)
t(lambda: Call()(1, b=2)); t(lambda: callable(Call()))
class Idx:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
i = Idx()
t(lambda: i[1:2, ::3, ...]); t(lambda: i[()]); t(lambda: i[1, 2]); i['a'] = 1; del i[0:1]
class Missing(dict):
    def __missing__(self, k): return k * 2
t(lambda: Missing()['ab']); t(lambda: Missing().get('ab')); t(lambda: 'ab' in Missing())
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __int__(self): return 42
    def __float__(self): return 4.2
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
import math
n = Neg()
t(lambda: (-n, +n, ~n, abs(n), int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n)))
class Matmul:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __lshift__(self, o): return 'lshift'
    def __rrshift__(self, o): return 'rrshift'
    def __and__(self, o): return 'and'
    def __rxor__(self, o): return 'rxor'
    def __ror__(self, o): return 'ror'
    def __floordiv__(self, o): return 'floordiv'
    def __rtruediv__(self, o): return 'rtruediv'
    def __mod__(self, o): return 'mod'
m = Matmul()
t(lambda: (m @ 1, 1 @ m, m ** 2, pow(m, 2, 5), 2 ** m, divmod(m, 1), divmod(1, m), m << 1, 1 >> m, m & 1, 1 ^ m, 1 | m, m // 1, 1 / m, m % 1))
t(lambda: pow(2, m, 5)); t(lambda: m - 1); t(lambda: 1 - m); t(lambda: m < 1); t(lambda: [] < m); t(lambda: m + m)
class Bytes:
    def __bytes__(self): return b'custom'
t(lambda: bytes(Bytes())); t(lambda: bytearray(Bytes()) if False else 'skip')
class BadBytes:
    def __bytes__(self): return 'str'
t(lambda: bytes(BadBytes()))
class Fmt:
    def __format__(self, spec): return 1
t(lambda: format(Fmt()))
class BadIndex:
    def __index__(self): return 'x'
t(lambda: [1, 2][BadIndex()]); t(lambda: range(BadIndex()))
class BadHash:
    def __hash__(self): return 'x'
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2 ** 100
t(lambda: hash(BigHash()) == hash(2 ** 100))
class BadLen:
    def __len__(self): return 'x'
t(lambda: len(BadLen()))
class BadBool:
    def __bool__(self): return 'x'
t(lambda: bool(BadBool())); t(lambda: not BadBool())
class BadIter:
    def __iter__(self): return iter([1])
    def __next__(self): return 1
t(lambda: list(BadIter()))
class Dir:
    def __dir__(self): return ['b', 'a']
t(lambda: dir(Dir()))
class BadDir:
    def __dir__(self): return 5
t(lambda: dir(BadDir()))
class Sized:
    def __length_hint__(self): return 5
import operator
t(lambda: operator.length_hint(Sized())); t(lambda: operator.itemgetter(1, 0)('ab')); t(lambda: operator.attrgetter('real', 'imag')(3)); t(lambda: operator.methodcaller('split', ',')('a,b'))
t(lambda: operator.add(1, 2)); t(lambda: operator.concat([1], [2])); t(lambda: operator.index(5)); t(lambda: operator.index(5.0)); t(lambda: operator.is_(None, None)); t(lambda: operator.truth([]))

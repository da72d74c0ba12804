import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m is not l)
d = {}; d['self'] = d; e = copy.deepcopy(d); print(e['self'] is e)
shared = [0]; x = [shared, shared]; y = copy.deepcopy(x); print(y[0] is y[1], y[0] is not shared)
class P:
    def __init__(self, v): self.v = v; self.items = [v]
p = P(5); q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q.v, q.items is p.items, r.items is p.items, r.items)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
class C:
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return 'custom deep'
print(copy.copy(C()), copy.deepcopy(C()))
class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x * 2,))
print(copy.copy(R(1)).x, copy.deepcopy(R(2)).x)
class G:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': self.a, 'extra': 9}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.deepcopy(G()); print(sorted(vars(g).items()))
class L(list): pass
ll = L([1, [2]]); ll.tag = 't'; m2 = copy.deepcopy(ll); print(type(m2).__name__, m2, m2.tag, m2[1] is ll[1])
class DD(dict): pass
dd = DD(a=[1]); print(type(copy.copy(dd)).__name__, copy.copy(dd), copy.deepcopy(dd)['a'] is dd['a'])
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
Pt = namedtuple('Pt', 'x y'); pt = Pt(1, [2]); print(copy.copy(pt), copy.deepcopy(pt)[1] is pt[1])
od = OrderedDict(b=1, a=[2]); print(copy.copy(od), copy.deepcopy(od))
dfd = defaultdict(list, a=[1]); print(copy.copy(dfd), copy.deepcopy(dfd)['a'] is dfd['a'])
print(copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))
print(copy.copy(int), copy.deepcopy(len), copy.copy(None), copy.deepcopy(3.5), copy.copy(range(3)), copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
memo = {}; z = [1]; copy.deepcopy([z, z], memo); print(id(z) in memo)
def fn(): pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn)
class M:
    def meth(self): return self
mm = M(); print(type(copy.deepcopy(mm.meth)).__name__)

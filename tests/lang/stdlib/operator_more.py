import operator as op
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __add__(self, o): return V(self.v + o)
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
    def __index__(self): return 7
    def __repr__(self): return f'V({self.v})'
v = V(1); w = op.iadd(v, 2); print(w is v, v, op.add(V(1), 1), op.matmul(v, 1), op.imatmul(v, 1), op.index(v))
t = (1,); t2 = op.iadd(t, (2,)); print(t, t2, op.iconcat('a', 'b'))
s = {1}; op.ior(s, {2}); op.iand(s, {2, 3}); print(s, op.ixor({1, 2}, {2}), op.isub(5, 1), op.ifloordiv(7, 2), op.imod(7, 4), op.ipow(2, 5), op.ilshift(1, 4), op.irshift(32, 2), op.itruediv(1, 4))
print(op.itemgetter(slice(1, 3))('abcd'), op.itemgetter(-1)([1, 2]), op.itemgetter(0, 0)('ab'))
class Obj: pass
o = Obj(); o.a = Obj(); o.a.b = Obj(); o.a.b.c = 'deep'
print(op.attrgetter('a.b.c')(o), op.attrgetter('a.b', 'a.b.c')(o)[1])
try: op.attrgetter('a.x.c')(o)
except AttributeError as e: print(e)
mc = op.methodcaller('format', 1, x=2, y=3); print(mc('{0}-{x}-{y}'), repr(mc))
print(op.methodcaller('get', 'k', 'dflt')({}), repr(op.methodcaller('m', 'a', [1], k={'z': 1})))
print(op.truth(0), op.truth([0]), op.not_([]), op.is_(1, 1), op.contains('abc', 'b'), op.countOf('banana', 'a'), op.indexOf([3, 4], 4))
print(op.eq([1], [1]), op.ne(1, 1.0), op.lt('a', 'b'), op.ge(2, 2.0), op.gt([2], [1, 9]), op.le((1,), (1, 0)))
print(op.neg(-0.0), op.pos(True), op.abs(-2.5), op.invert(True), op.inv(-1), op.lshift(True, 3))
d = {}; op.setitem(d, 'k', 1); print(d, op.getitem(d, 'k')); op.delitem(d, 'k'); print(d)
try: op.delitem({}, 'k')
except KeyError as e: print('KeyError', e)
print(op.length_hint(x for x in []), op.length_hint(range(5)), op.length_hint(iter(range(5))), op.length_hint(object(), 7))
print(op.call(lambda *a, **k: (a, k), 1, z=2), op.__call__ is op.call)
import functools
print(functools.reduce(op.mul, range(1, 11)), sorted({'b': 2, 'a': 3}.items(), key=op.itemgetter(1)))
print(list(map(op.attrgetter('real'), [1, 2.5, 3j])), list(map(op.methodcaller('upper'), 'ab')))
print(type(op.itemgetter(1)).__qualname__, op.itemgetter.__module__, op.add.__name__, repr(op.add))
print(op.__lt__(1, 2), op.__neg__(4), op.__concat__([1], [2]), op.__inv__(0), op.__pos__(3))

import copy
# deep structures and memo behaviour
a = [1, 2]; b = {'x': a, 'y': a}; c = copy.deepcopy(b); print(c['x'] is c['y'], c['x'] is not a)
class Node:
    def __init__(self, v): self.v = v; self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m = copy.deepcopy(n1); print(m.v, m.next.v, m.next.next is m, m is not n1)
class WithDeep:
    def __init__(self): self.data = [1]
    def __deepcopy__(self, memo):
        print('deepcopy called with memo', type(memo).__name__)
        new = WithDeep(); new.data = copy.deepcopy(self.data, memo); return new
w = copy.deepcopy([WithDeep(), 5]); print(w[0].data, w[1])
class Cp:
    def __init__(self): self.l = [1]
c1 = Cp(); c2 = copy.copy(c1); c2.l.append(2); print(c1.l)
class SlotsAndDict:
    __slots__ = ('a', '__dict__')
s = SlotsAndDict(); s.a = 1; s.b = 2; t = copy.copy(s); print(t.a, t.b)
class Ex(Exception): pass
e = copy.copy(Ex('msg', 1)); print(type(e).__name__, e.args)
class NewArgs(int):
    def __new__(cls, v): return super().__new__(cls, v * 10)
    def __getnewargs__(self): return (int(self) // 10,)
print(copy.copy(NewArgs(3)), copy.deepcopy(NewArgs(4)), type(copy.copy(NewArgs(3))).__name__)
class T(tuple): pass
tt = T((1, [2])); print(copy.copy(tt), copy.deepcopy(tt)[1] is tt[1], type(copy.deepcopy(tt)).__name__)
d = {1: [1]}; print(copy.deepcopy(d, {}) == d)
class Red:
    def __reduce_ex__(self, proto): return (Red, (), {'state': proto})
    def __setstate__(self, st): self.st = st
print(copy.copy(Red()).st, copy.deepcopy(Red()).st)
class RedStr:
    def __reduce__(self): return 'RedStr'
r = RedStr(); print(copy.copy(r) is r)
nested = [[[[1]]]]; print(copy.deepcopy(nested), copy.deepcopy(nested)[0][0] is not nested[0][0])
print(copy.deepcopy(float('inf')), copy.copy(b'x'), copy.deepcopy((1, 'a', None)), copy.deepcopy({1: (2, [3])}))

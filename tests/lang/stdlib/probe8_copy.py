import copy
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
a = Node(1); b = Node(2); a.kids.append(b); b.kids.append(a)
c = copy.deepcopy(a)
print(c is a, c.kids[0].kids[0] is c, c.kids[0].v)
shared = [1, 2]
x = {'p': shared, 'q': shared}
y = copy.deepcopy(x)
print(y['p'] is y['q'], y['p'] is shared)
memo = {}
z1 = copy.deepcopy(shared, memo); z2 = copy.deepcopy(shared, memo)
print(z1 is z2, id(shared) in memo)
class Custom:
    def __init__(self, data):
        self.data = data
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ['copied'])
    def __copy__(self):
        print('copy called')
        return Custom(self.data)
cc = Custom(['x'])
print(copy.deepcopy(cc).data, copy.copy(cc).data is cc.data)
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = copy.deepcopy(Slots()); print(s.a, s.b)
class State:
    def __init__(self): self.x = 1; self.cache = 'big'
    def __getstate__(self):
        d = self.__dict__.copy(); del d['cache']; return d
    def __setstate__(self, d):
        self.__dict__.update(d); self.cache = 'rebuilt'
t = copy.deepcopy(State()); print(t.x, t.cache)
class Red:
    def __init__(self, n): self.n = n
    def __reduce__(self):
        return (Red, (self.n * 10,))
print(copy.copy(Red(2)).n, copy.deepcopy(Red(3)).n)
t = (1, [2]); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[1] is t[1]); t3 = (1, 2); print(copy.deepcopy(t3) is t3)
print(copy.copy([1, [2]])[1] is not None, copy.copy({1: 2}), copy.copy(set([1])), copy.copy(frozenset([1])) is not None)
import functools
f = copy.deepcopy(functools.partial(max, 1)); print(f(5))
class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError('no copies')
try:
    copy.deepcopy([NoCopy()])
except TypeError as e:
    print('TypeError', e)
print(copy.deepcopy(len) is len, copy.copy(int) is int, copy.deepcopy(range(3)))
try:
    copy.deepcopy(iter([1]))
except TypeError as e:
    print('TypeError', e)

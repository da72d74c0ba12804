# dict lookups whose key __eq__/__hash__ mutate the dict never crash and behave like CPython
class Mut:
    def __init__(self, d, n, action):
        self.d, self.n, self.action = d, n, action
    def __hash__(self): return 7
    def __eq__(self, other):
        self.action(self.d)
        return self is other
    def __repr__(self): return 'M%d' % self.n

d = {}
a = Mut(d, 1, lambda d: None)
d[a] = 'a'
b = Mut(d, 2, lambda d: d.clear())
d[b] = 'b'
print(d)
d = {}
a = Mut(d, 1, lambda d: None); d[a] = 'a'
c = Mut(d, 3, lambda d: d.update({i: i for i in range(20)}) if len(d) < 5 else None)
d[c] = 'c'
print(len(d), d[c], d[a])
d = {}
a = Mut(d, 1, lambda d: d.pop(a, None)); d[a] = 1
x = Mut(d, 4, lambda d: None)
print(x in d, d.get(x), len(d))
class H:
    def __init__(self, d): self.d = d
    def __hash__(self):
        self.d['added'] = 1
        return 1
    def __eq__(self, o): return self is o
d = {}
h = H(d)
d[h] = 'h'
print(len(d), 'added' in d)
class Big:
    def __hash__(self): return 2**70
    def __eq__(self, o): return isinstance(o, Big)
print({Big(): 1}[Big()], hash(Big()) == hash(2**70 % (2**61 - 1)))
class Raise:
    def __hash__(self): return 0
    def __eq__(self, o): raise RuntimeError('eq failed')
d = {0: 'zero'}
try:
    d[Raise()]
except RuntimeError as e:
    print('RuntimeError', e)
print(d)

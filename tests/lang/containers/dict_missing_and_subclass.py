# dict subclasses: __missing__, overridden methods, repr, fromkeys on subclass, copy type
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] = c[ch] + 1
print(sorted(c.items()), c['zzz'], 'zzz' in c, c.get('zzz'))
class D(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]
d = D(); d['x'].append(1); print(d, type(d).__name__)
class E(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + str(key))
try:
    E()['k']
except KeyError as e:
    print('KeyError', e)
class F(dict): pass
f = F(a=1)
try:
    f['nope']
except KeyError as e:
    print('KeyError', e)
print(f, type(f.copy()).__name__, type(F.fromkeys('ab')).__name__, F.fromkeys('ab', 1))
print(type(f | {}).__name__, isinstance(f, dict), f == {'a': 1})
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
g = G.fromkeys([1, 2], 5); print(g)
g.update({3: 1}); print(g)
class H(dict):
    def __repr__(self): return 'H' + super().__repr__()
print(H(x=H(y=1)))

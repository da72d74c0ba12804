class D(dict):
    def __missing__(self, key):
        print('missing', key)
        return key * 2
d = D(a=1)
print(d['a'], d['bb'], d.get('zz'), 'bb' in d, d)
class D2(dict):
    def __missing__(self, key):
        raise KeyError('nope:' + key)
try:
    D2()['x']
except KeyError as e:
    print(repr(e))
class Counter2(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter2()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()))
from collections import defaultdict
dd = defaultdict(list)
dd['x'].append(1)
print(dd, dd.default_factory)
dd2 = defaultdict()
try:
    dd2['k']
except KeyError as e:
    print(repr(e))
print(repr(defaultdict(int, a=1)))

class LH:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self): return self.n
import operator
print(operator.length_hint(LH(5)), operator.length_hint([1,2]), operator.length_hint(iter(range(4))), operator.length_hint(object(), 9))
class BadLH:
    def __length_hint__(self): return -1
try:
    operator.length_hint(BadLH())
except ValueError as e:
    print(e)
class BadLH2:
    def __length_hint__(self): return 'x'
try:
    operator.length_hint(BadLH2())
except TypeError as e:
    print(e)
class NILH:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(NILH(), 3))
print(list(LH(3)))
it = iter([1,2,3]); next(it)
print(operator.length_hint(it))

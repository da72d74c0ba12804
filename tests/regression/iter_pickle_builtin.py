# dict and set iterators, the sequence iterator (iter() over __getitem__), the callable iterator and reversed() over a sequence had no __reduce__: pickle.dumps and copy.copy raised "cannot pickle 'dict_keyiterator' object"; reducing must not advance the iterator, and __setstate__ clamps its index
import pickle, copy
from itertools import islice

class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n: return i * 10
        raise IndexError(i)

class Counter:
    def __init__(self): self.i = 0
    def __call__(self):
        self.i += 1
        return self.i

d = {'a': 1, 'b': 2, 'c': 3}
makers = [
    ('keys', lambda: iter(d)), ('values', lambda: iter(d.values())),
    ('items', lambda: iter(d.items())), ('rkeys', lambda: reversed(d)),
    ('rvalues', lambda: reversed(d.values())), ('ritems', lambda: reversed(d.items())),
    ('set', lambda: iter({5})), ('frozenset', lambda: iter(frozenset({7}))),
    ('seq', lambda: iter(Seq(4))), ('callable', lambda: iter(Counter(), 4)),
    ('reversed', lambda: reversed(Seq(4))),
]
for name, mk in makers:
    for skip in (0, 1, 5):
        it = mk()
        for _ in range(skip):
            next(it, None)
        r = it.__reduce__()
        print(name, skip, r[0].__name__, [type(x).__name__ for x in r[1]], r[2:] if len(r) > 2 else '')
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            it2 = pickle.loads(pickle.dumps(it, proto))
            print(' ', proto, type(it2).__name__, list(islice(it2, 10)))
        print('  copy', list(islice(copy.copy(it), 10)), 'deepcopy', list(islice(copy.deepcopy(it), 10)))
        print('  original', list(islice(it, 10)))

# the reduced state of a sequence iterator follows the sequence when it grows
s = Seq(3)
it = iter(s)
next(it)
it2, s2 = pickle.loads(pickle.dumps((it, s)))
s2.n = 5
print(list(it2))

# __setstate__ clamps: sequence iterator to >= 0, reversed to [-1, len - 1]
it = iter(Seq(5))
it.__setstate__(-42)
print(next(it), next(it))
it.__setstate__(3)
print(list(it))
r = reversed(Seq(5))
r.__setstate__(100)
print(list(r))
r = reversed(Seq(5))
r.__setstate__(-100)
print(list(r))
r = reversed(Seq(5))
r.__setstate__(2)
print(r.__reduce__()[2], list(r))
for bad in ('x', 1.5):
    try:
        reversed(Seq(3)).__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        iter(Seq(3)).__setstate__(bad)
    except TypeError as e:
        print('TypeError', e)

# a dict changed while pickling its iterator
d2 = {1: 1}
it = iter(d2)
d2[2] = 2
try:
    pickle.dumps(it)
except RuntimeError as e:
    print('RuntimeError', e)

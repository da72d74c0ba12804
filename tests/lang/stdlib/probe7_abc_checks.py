from collections.abc import *
import collections.abc as cabc
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
for obj in [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), (x for x in []), {}.keys(), {}.values(), {}.items(), Seq(), It(), 5, None, memoryview(b'')]:
    print(type(obj).__name__, [c.__name__ for c in (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Sized, Container, Hashable, Reversible, Collection, Generator, ByteString, MappingView, KeysView) if isinstance(obj, c)])
print(issubclass(Seq, Sized), issubclass(Seq, Sequence), issubclass(It, Iterator), isinstance(len, Callable))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2}, dict(m))
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
s = MySet([1, 2, 3])
s |= {4}
s -= {1}
print(list(s), s <= MySet([2, 3, 4, 5]), list(s & {2, 9}), s.isdisjoint([7]), s.pop() in (2, 3, 4), len(s))
try:
    class Bad(Sequence): pass
    Bad()
except TypeError as e:
    print(type(e).__name__, e)
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList(); ml.extend([3, 1, 2]); ml.append(5); ml.reverse(); ml += [9]
print(ml.l, ml.index(1), ml.count(3), ml.pop(), 3 in ml, list(reversed(ml)))
print(Hashable.__module__, cabc.Awaitable, issubclass(list, Reversible), isinstance({}, Reversible))

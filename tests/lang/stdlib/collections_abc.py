import collections.abc as cabc
from collections import deque, OrderedDict, Counter, defaultdict, UserDict, UserList, UserString
checks = [
    ([], ['Iterable', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence', 'Reversible', 'Hashable']),
    ((), ['Sequence', 'MutableSequence', 'Hashable', 'Reversible']),
    ('', ['Sequence', 'Hashable', 'Iterable']),
    (b'', ['ByteString', 'Sequence', 'MutableSequence']),
    (bytearray(), ['ByteString', 'MutableSequence']),
    (range(3), ['Sequence', 'Reversible', 'Hashable']),
    ({}, ['Mapping', 'MutableMapping', 'Reversible', 'Hashable']),
    (set(), ['Set', 'MutableSet', 'Hashable']),
    (frozenset(), ['Set', 'MutableSet', 'Hashable']),
    ({}.keys(), ['KeysView', 'Set', 'MappingView', 'Sized']),
    ({}.values(), ['ValuesView', 'Collection', 'Set']),
    ({}.items(), ['ItemsView', 'Set']),
    (iter([]), ['Iterator', 'Iterable', 'Generator']),
    ((x for x in ()), ['Generator', 'Iterator']),
    (len, ['Callable', 'Hashable']),
    (1, ['Hashable', 'Iterable', 'Callable']),
    (None, ['Hashable', 'Sized']),
    (deque(), ['MutableSequence', 'Sequence', 'Hashable']),
    (OrderedDict(), ['MutableMapping']),
    (Counter(), ['Mapping', 'MutableMapping']),
    (defaultdict(), ['MutableMapping']),
    (UserDict(), ['MutableMapping', 'Hashable']),
    (UserList(), ['MutableSequence', 'Hashable']),
    (UserString('a'), ['Sequence', 'MutableSequence', 'Hashable']),
    (type.__dict__, ['Mapping', 'MutableMapping']),
    (zip(), ['Iterator']),
    (map(len, []), ['Iterator']),
    (enumerate([]), ['Iterator']),
    (reversed([]), ['Iterator']),
    (iter({}), ['Iterator']),
    (iter(''), ['Iterator']),
    (iter(range(1)), ['Iterator']),
    (iter(set()), ['Iterator']),
]
for obj, names in checks:
    print(type(obj).__name__, [(n, isinstance(obj, getattr(cabc, n))) for n in names])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Unhash:
    __hash__ = None
class Rev:
    def __reversed__(self): return iter([])
    def __iter__(self): return iter([])
print(isinstance(It(), cabc.Iterator), isinstance(Unhash(), cabc.Hashable), isinstance(Rev(), cabc.Reversible), issubclass(It, cabc.Iterable))
class NoIter(list):
    __iter__ = None
print(issubclass(NoIter, cabc.Iterable))
class MS(cabc.MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
s = MS(); s.append(1); s.extend([2, 3]); s += [4]; s.reverse(); print(s.d, s.pop(), s.pop(0), s.d); s.remove(2); print(s.d); s.clear(); print(s.d)
class MM(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update({'a': 1}, b=2); m.update([('c', 3)]); print(m.d, m.setdefault('d', 4), m.pop('a'), m.pop('zz', 0), m.popitem(), m.d)
try: m.pop('zz')
except KeyError as e: print('KeyError', e)
m.clear(); print(m.d, m == {}, m.get('x', 'dflt'))
try: MM().popitem()
except KeyError as e: print('KeyError', repr(e))
print(repr(cabc.KeysView({'a': 1})), list(cabc.ItemsView({'a': 1})), 1 in cabc.ValuesView({'a': 1}), len(cabc.KeysView({1: 2})))
print(cabc.Callable[[int], str] if False else 'skip', cabc.Mapping[str, int], cabc.Sequence.__name__, cabc.Sequence.__module__)
print(sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.Set.__abstractmethods__))
print(cabc.Callable[[int], str].__args__, cabc.Callable[[], None].__args__, cabc.Callable[..., int].__args__, cabc.Callable[[int], str].__origin__)
for bad in [lambda: cabc.Callable[int], lambda: cabc.Callable[int, str]]:
    try: bad()
    except TypeError as e: print(e)

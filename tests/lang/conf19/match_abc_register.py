# Mapping and sequence patterns follow CPython's type flags: builtin types, classes that
# inherit them (first along the MRO), ABC registration (also late, reaching existing
# subclasses), and collections.abc's own Sequence/Mapping.
import array
import collections
import collections.abc


def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return None


def kind2(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
        case _:
            return None


class S:
    def __init__(self, x): self.x = x
    def __len__(self): return len(self.x)
    def __getitem__(self, i): return self.x[i]


class SChild(S):
    pass


print(kind(S([1, 2])), kind(SChild([1])))
collections.abc.Sequence.register(S)
match S([1, 2]):
    case [a, b]:
        print("seq", a, b)
print(kind(S([])), kind(SChild([])))


class M:
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
    def get(self, k, default=None): return self.d.get(k, default)
    def keys(self): return self.d.keys()


collections.abc.Mapping.register(M)
match M({"k": 5}):
    case {"k": v}:
        print("map", v)

# registering again with the other ABC switches the kind
collections.abc.Mapping.register(S)
print(kind(S([])), kind(SChild([])))


class C:
    pass


class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass


for cls in (M1, M2, M3, M4, S1, S2, S3, S4):
    print(cls.__name__, kind(cls()), kind2(cls()))

for obj in ([], (), range(2), memoryview(b"ab"), array.array("b"), collections.deque(),
            {}, type.__dict__, collections.OrderedDict(), collections.defaultdict(),
            collections.Counter(), collections.ChainMap(), "ab", b"ab", bytearray(b"x"),
            {1}, 3, None):
    print(type(obj).__name__, kind(obj), kind2(obj))


class MySeq(collections.abc.Sequence):
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError


class MyMap(collections.abc.Mapping):
    def __len__(self): return 0
    def __getitem__(self, k): raise KeyError
    def __iter__(self): return iter(())


print(kind(MySeq()), kind(MyMap()))
print('__abc_tpflags__' in collections.abc.Sequence.__dict__)
from collections.abc import Collection, Sequence, Mapping
try:
    class Both(Collection):
        __abc_tpflags__ = (Sequence.__flags__ | Mapping.__flags__)
except TypeError as e:
    print(e)

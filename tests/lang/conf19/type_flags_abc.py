# type.__flags__ shows the sequence/mapping kinds at CPython's bits; __abc_tpflags__ = 1 << 14 is no kind (review fix)
import abc
from collections.abc import Sequence, Mapping
class Base:
    def __len__(s): return 0
    def __getitem__(s, i): raise IndexError
    def keys(s): return []
def k(x):
    match x:
        case {}: return 'map'
        case []: return 'seq'
        case _: return 'other'
class G(Base, abc.ABC): __abc_tpflags__ = 1 << 14
class H(Base, abc.ABC): __abc_tpflags__ = 1 << 5
class M(Base, abc.ABC): __abc_tpflags__ = 1 << 6
print(list.__flags__ & (1<<5) != 0, dict.__flags__ & (1<<6) != 0, int.__flags__ & (3<<5), str.__flags__ & (3 << 5))
print(Sequence.__flags__ & (1<<5) != 0, Mapping.__flags__ & (1<<6) != 0)
print(k(G()), k(H()), k(M()), k([1]), k({}), k("ab"))
class MyInt(int): pass
print(MyInt.__flags__ & (3<<5), bool(MyInt.__flags__ & 1) if False else '')

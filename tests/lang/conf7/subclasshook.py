from abc import ABC, abstractmethod, ABCMeta
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance('', Sized2))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print(e)
class Sq2(Sq):
    name = 'sq'
print(Sq2().area(), Sq2().name, sorted(Shape.__abstractmethods__))
class Reg(ABC): pass
Reg.register(int)
print(issubclass(int, Reg), isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
r = Reg.register(float)
print(r is float)
from collections.abc import Iterable, Iterator, Sequence, Mapping, Hashable, Callable, Container, Reversible, Collection
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterable), isinstance(It(), Iterator), isinstance([], Iterator))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(1, Hashable), isinstance([], Hashable))
print(isinstance(len, Callable), isinstance(1, Callable))
class Cont:
    def __contains__(self, x): return True
print(isinstance(Cont(), Container), isinstance(Cont(), Collection))
print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(str, Reversible), issubclass(set, Reversible))
class MyMap(Mapping):
    def __getitem__(self, k):
        if k == 'a': return 1
        raise KeyError(k)
    def __len__(self): return 1
    def __iter__(self): return iter(['a'])
mm = MyMap()
print(dict(mm), mm.get('b', 0), 'a' in mm, list(mm.items()), mm == {'a': 1})
try:
    class Bad(Mapping): pass
    Bad()
except TypeError as e:
    print(e)

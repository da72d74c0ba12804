import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
    def helper(self): return 'helper'
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def run(self): return 'run'
try: Half()
except TypeError as e: print(e)
class Full(Half):
    def stop(self): return 'stop'
f = Full(); print(f.run(), f.stop(), f.helper(), Full.__abstractmethods__)
class Prop(ABC):
    @property
    @abstractmethod
    def value(self): ...
try: Prop()
except TypeError as e: print(e)
class PropImpl(Prop):
    @property
    def value(self): return 7
print(PropImpl().value)
class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(CM.__abstractmethods__))
class Old(ABC):
    @abc.abstractclassmethod
    def a(cls): ...
    @abc.abstractstaticmethod
    def b(): ...
    @abc.abstractproperty
    def c(self): ...
print(sorted(Old.__abstractmethods__))
class Iface(metaclass=ABCMeta): pass
class Impl: pass
print(issubclass(Impl, Iface), isinstance(Impl(), Iface))
print(Iface.register(Impl) is Impl, issubclass(Impl, Iface), isinstance(Impl(), Iface))
Iface.register(int); print(isinstance(3, Iface), isinstance(True, Iface), issubclass(bool, Iface), isinstance('s', Iface))
class SubImpl(Impl): pass
print(issubclass(SubImpl, Iface))
try: Iface.register(3)
except TypeError as e: print(e)
try: issubclass(3, Iface)
except TypeError as e: print(e)
class Child(Iface): pass
try: Child.register(Iface)
except RuntimeError as e: print(e)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
t0 = abc.get_cache_token()
class Z(ABC): pass
Z.register(float); print(abc.get_cache_token() != t0, isinstance(1.5, Z))
print(type(ABC), ABC.__slots__, isinstance(ABC, ABCMeta))
class WithMeta(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
class Concrete(WithMeta):
    f = None
print(Concrete.__abstractmethods__)
class Later(ABC):
    pass
def g(self): pass
Later.g = abstractmethod(g)
abc.update_abstractmethods(Later)
try: Later()
except TypeError as e: print(e)
print(getattr(abstractmethod(lambda: 1), '__isabstractmethod__'))

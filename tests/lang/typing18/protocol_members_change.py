# Runtime protocol checks see members added to or removed from a protocol class (or its
# base protocol) after earlier checks: the members are cached per class between changes.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Base(Protocol):
    def meth(self): ...


@runtime_checkable
class P(Base, Protocol):
    def other(self): ...


class C:
    def meth(self):
        pass

    def other(self):
        pass


class D:
    def meth(self):
        pass


print(isinstance(C(), P), isinstance(D(), P), issubclass(C, P), issubclass(D, Base))
P.extra = lambda self: None
print(isinstance(C(), P), issubclass(C, P))
C.extra = 1
print(isinstance(C(), P))
del P.extra
print(isinstance(D(), Base), isinstance(C(), P))
Base.data = 3
print(isinstance(D(), Base), isinstance(C(), P))
try:
    issubclass(C, P)
except TypeError as e:
    print(e)
del Base.data
print(issubclass(C, P), issubclass(D, P))

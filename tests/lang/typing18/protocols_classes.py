# Protocol (runtime checks through __subclasshook__, abc's reckless checks, allowed
# bases, __init__ of concrete subclasses, Supports* protocols), generic NamedTuple and
# TypedDict bases, __orig_class__ set by aliases' calls, weak references to aliases,
# special forms not iterable, Annotated subscriptions cached, as CPython 3.11.
import collections.abc
import pickle
import warnings
import weakref
from typing import *

T = TypeVar('T')


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: (isinstance(3, SupportsInt), isinstance('a', SupportsInt),
              issubclass(float, SupportsRound), SupportsAbs[int], isinstance(2, SupportsIndex)))


class P(Protocol):
    def meth(self): ...


class C:
    def meth(self):
        return 1


show(lambda: isinstance(C(), P))
show(lambda: issubclass(C, P))


@runtime_checkable
class RP(Protocol):
    x: int

    def meth(self): ...


@runtime_checkable
class MP(Protocol):
    def meth(self): ...


c = C()
c.x = 1
show(lambda: (isinstance(c, RP), isinstance(C(), RP), isinstance(C(), MP), issubclass(C, MP),
              issubclass(int, MP)))
show(lambda: issubclass(C, RP))
show(lambda: issubclass(3, MP))


def bad_base():
    class Bad(Protocol, int):
        pass


show(bad_base)
show(lambda: P())


class Base:
    def __init__(self):
        self.test = 'OK'


class PG(Protocol[T]):
    pass


class D2(Base, PG[T]):
    pass


show(lambda: (D2[int]().test, D2().test))
show(lambda: (isinstance(Union[int, str], collections.abc.Iterable),
              isinstance(List, collections.abc.Iterable)))


class It(Protocol, collections.abc.Iterable):
    pass


show(lambda: It.__mro__[1:3])
for alias in (Union, Union[int, str], List, Callable[[int], str], Annotated[int, 1], Literal):
    show(lambda: iter(alias))
show(lambda: list(iter(List[int])))


class MyTup(Tuple[T, T]):
    pass


class MyList(List[T]):
    pass


show(lambda: (type(MyTup[int]), MyTup[int]().__orig_class__, MyList[str]().__orig_class__))
show(lambda: type(list[int]()))
A = collections.abc.Callable[[int, str], float]
show(lambda: weakref.ref(A)() is A)
show(lambda: weakref.ref(int | str))
show(lambda: Annotated[Any, 'x'] is Annotated[Any, 'x'])
a = Annotated[Any, 'x']
show(lambda: pickle.loads(pickle.dumps(a)) is a)
Ts = TypeVarTuple('Ts')
show(lambda: Annotated[*Ts, 'x'])


def bad_namedtuple(bases):
    exec(f'class X({bases}):\n    y: str\n', globals())


class NA(NamedTuple):
    x: int


for bases in ('NamedTuple, tuple', 'NamedTuple, NamedTuple', 'NamedTuple, NA'):
    show(lambda: bad_namedtuple(bases))


class X(NamedTuple, Generic[T]):
    x: T


class Y(Generic[T], NamedTuple):
    x: T


show(lambda: (X.__bases__, X.__mro__, X.__parameters__, X[int], Y.__bases__, Y[int](3)))
show(lambda: get_type_hints(NA.__new__))


class Outer:
    class Nested(NamedTuple):
        name: str


show(lambda: (Outer.Nested.__qualname__, pickle.loads(pickle.dumps(Outer.Nested('a'), 2))))


class TD(TypedDict, Generic[T]):
    a: T


class TD2(TypedDict, total=False):
    a: Annotated[Required[int], 'm']
    b: int


show(lambda: (TD.__bases__, TD[int], TD.__parameters__))
show(lambda: (sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    TD3 = TypedDict('TD3', x=int)
show(lambda: ([str(x.message) for x in w], TD3.__annotations__))

# get_type_hints as CPython 3.11: no_type_check (functions, classes, nested classes,
# class/static methods), builtin classes' annotations descriptor, Annotated stripped
# inside builtin aliases and unions, '*Ts' string annotations, ClassVar refused where
# it is not allowed, ForwardRef caching and equality; Literal's repr and repeats;
# get_overloads after a redefinition; the typing.io / typing.re namespaces.
import typing
import warnings
from typing import *

warnings.simplefilter('ignore', DeprecationWarning)
from typing.re import Match, Pattern
from typing.io import IO, TextIO
print(typing.io.__name__, typing.re.__name__, typing.re.__all__, Match, IO)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@no_type_check
def f(a: 'whatevers') -> {}:
    pass


show(lambda: get_type_hints(f))


@no_type_check
class A:
    a: int

    class B:
        b: int

    def m(self, x: int) -> int:
        pass

    @classmethod
    def cm(cls, x: int) -> int:
        pass

    @staticmethod
    def st(x: int) -> int:
        pass


for obj in (A, A.B, A.m, A.cm, A.st):
    show(lambda: get_type_hints(obj))
show(lambda: get_type_hints(type))
show(lambda: get_type_hints(int))


def g(x: list[Annotated[int, (1, 10)]], y: int | list[Annotated[str, 'm']]):
    pass


show(lambda: get_type_hints(g))
show(lambda: get_type_hints(g, include_extras=True))
Ts = TypeVarTuple('Ts')


def h(*args: '*Ts'):
    pass


def h2(*args: *tuple[int, str]):
    pass


show(lambda: get_type_hints(h, localns={'Ts': Ts}))
show(lambda: get_type_hints(h2))


def k(x: 'ClassVar[int]'):
    pass


show(lambda: get_type_hints(k))


class C:
    x: 'ClassVar[int]' = 1
    y: 'Final[int]' = 2


show(lambda: get_type_hints(C))
show(lambda: ForwardRef('*Ts'))
show(lambda: ForwardRef('1 +'))
show(lambda: ForwardRef('A') == ForwardRef('A'))
show(lambda: Literal[int])
show(lambda: Literal[[], []].__args__)
show(lambda: Literal[1, True, 1, 'a', 'a'].__args__)
show(lambda: Literal[Literal[1, 2], 2, 3])


def set_up():
    @overload
    def blah(x: int) -> int: ...

    @overload
    def blah(x: str) -> str: ...

    def blah(x):
        return x
    return blah


set_up()
impl = set_up()
show(lambda: [o.__annotations__ for o in get_overloads(impl)])
clear_overloads()
show(lambda: get_overloads(impl))
show(lambda: NewType('UserId', int)(5))

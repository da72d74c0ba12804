import typing
from typing import (Any, Dict, List, Optional, Union, Tuple, Callable, Literal, NamedTuple, TypedDict, get_type_hints,
                    get_origin, get_args, TypeVar, Generic, Iterable, Sequence, Mapping, Set, FrozenSet, Type, cast, overload, Final, ClassVar, Annotated)
print(Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], Union[int], Union[int, int, str])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Literal['a', 1], Literal[True], Any, Type[int], Iterable[str], Sequence[int], FrozenSet[str], Final[int], ClassVar[int])
print(list[int], dict[str, int] | None, int | str, Optional[list[int]], Annotated[int, 'meta'])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int | str), get_args(Literal[1, 2]))
print(get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(list[int]), get_args(tuple[int, ...]))
class Emp(NamedTuple):
    name: str
    id: int = 3
    def tag(self):
        return '%s#%d' % self
e = Emp('x')
print(e, e.tag(), Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(id=9))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as ex:
    print('TypeError', ex)
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m = Movie(title='x', year=2000)
print(m, type(m), sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__, Movie.__total__)
M2 = TypedDict('M2', {'a': int, 'b': str}, total=False)
print(M2.__annotations__, sorted(M2.__optional_keys__))
def f(a: int, b: 'str' = 'x', *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}
print(get_type_hints(f))
class A:
    x: int
    y: 'List[A]'
    z: ClassVar[str] = 'c'
print(get_type_hints(A))
class B(A):
    w: float
print(get_type_hints(B))
print(get_type_hints(Annotated[int, 'm'].__class__) if False else get_type_hints(Movie))
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes)
print(T, K.__bound__, S.__constraints__, repr(TypeVar('C', covariant=True)))
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, Box.__parameters__, Box[int].__origin__ is Box)
print(cast(int, 'x'), cast('List[int]', 5), typing.TYPE_CHECKING, typing.NoReturn, typing.Never if hasattr(typing, 'Never') else None)
try:
    Union[()]
except TypeError as ex:
    print('TypeError', ex)
try:
    List[int, str]
except TypeError as ex:
    print('TypeError', ex)
try:
    Optional[int, str]
except TypeError as ex:
    print('TypeError', ex)
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Literal[1, 2] == Literal[2, 1], List[int] == list[int])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), typing.get_overloads(g).__len__() if hasattr(typing, 'get_overloads') else 2)
P = typing.ParamSpec('P'); print(P, P.args, typing.Concatenate[int, P])
print(typing.Protocol, typing.runtime_checkable.__name__, isinstance([], typing.Iterable), issubclass(list, typing.Sequence))

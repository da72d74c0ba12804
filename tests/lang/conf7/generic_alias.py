import types, typing
from typing import Union, Optional, List, Dict, TypeVar, Generic, Protocol, runtime_checkable, Any, Callable, Literal, get_type_hints, get_origin, get_args
u = int | str
print(u, type(u).__name__, u.__args__, isinstance(1, u), isinstance(1.5, u), issubclass(bool, u))
print(int | None, None | int, (int | str) | float, int | int, (int | str) == (str | int))
try:
    int | 1
except TypeError as e:
    print(e)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int] | None)
print(repr(dict[str, list[int]]), list[int].__parameters__, type(list[int]) is types.GenericAlias)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
T = TypeVar('T')
print(T, T.__name__, list[T][int], dict[str, T][float])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box(3).get(), Box[int](4).v, Box.__parameters__)
print(Union[int, str], Optional[int], Union[int], Union[int, int, str], List[int], Dict[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]))
print(get_origin(Literal[1, 2]), get_args(Literal[1, 2]), Callable[[int], str])
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
def annotated(a: int, b: 'str' = 'x') -> list[int]: return []
print(annotated.__annotations__, get_type_hints(annotated))
class Ann:
    x: int
    y: str = 'a'
print(Ann.__annotations__, get_type_hints(Ann))
print(typing.cast(int, 'x'), typing.TYPE_CHECKING)
NT = typing.NamedTuple('NT', [('a', int), ('b', str)])
print(NT(1, 'x'), NT._fields)
class NT2(typing.NamedTuple):
    a: int
    b: float = 1.5
print(NT2(1), NT2.__annotations__ if hasattr(NT2, '__annotations__') else '')
class TD(typing.TypedDict):
    a: int
print(TD(a=1), TD.__required_keys__ if hasattr(TD, '__required_keys__') else '')
print(typing.Any, typing.NoReturn, typing.Optional[list[int]])
NewId = typing.NewType('NewId', int)
print(NewId(5), NewId.__name__)
@typing.overload
def ov(x: int) -> int: ...
def ov(x): return x
print(ov(1))
@typing.final
class Fin: pass
print(Fin.__name__)
print(typing.get_type_hints(Box.get))
print(isinstance(u, types.UnionType), types.UnionType, type(None | int).__name__)
K = TypeVar('K'); V = TypeVar('V')
print(dict[K, V].__parameters__, dict[K, V][str, int], dict[K, list[V]][str, int], dict[K, list[V]].__parameters__)
print(list[int].__parameters__, tuple[T, T][int], tuple[T, ...][str])
for bad in [lambda: list[int][str], lambda: dict[K, V][int], lambda: dict[K, V][int, str, float], lambda: list[T][int, str]]:
    try:
        bad()
    except TypeError as e:
        print(e)
Alias = list[tuple[K, V]]
print(Alias.__parameters__, Alias[str, int], type(Alias[str, int]).__name__)
print(list[T][int] == list[int])

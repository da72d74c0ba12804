# typing at runtime
from typing import (Protocol, runtime_checkable, TypedDict, Generic, TypeVar, Literal, Union, Optional,
                    get_type_hints, get_origin, get_args, Callable, Any, ClassVar, Final, overload, cast, NewType)
T = TypeVar("T")
K = TypeVar("K", bound=str)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__annotations__), Movie(title="t", year=1))
class Box(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
    def get(self) -> T: return self.v
b = Box[int](5)
print(b.get(), Box[int], Box.__parameters__, get_origin(Box[int]) is Box, get_args(Box[int]))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], int | None, list[int | str], Literal["a", 1])
print(get_args(Callable[[int, str], bool]), get_origin(list[int]), get_args(dict[str, list[int]]), Callable[..., Any])
def fn(a: int, b: "str" = "x", *c: float, d: Optional[list[int]] = None) -> bool: ...
print(get_type_hints(fn))
print(fn.__annotations__)
class C:
    x: ClassVar[int] = 1
    y: Final = 2
    z: "list[C]"
print(get_type_hints(C))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, cast(str, 1))
@overload
def o(x: int) -> int: ...
@overload
def o(x: str) -> str: ...
def o(x): return x
print(o(3))
try: Box[int, str]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
print(repr(T), T.__bound__, K.__bound__, TypeVar("S", int, str).__constraints__)
try: isinstance(1, list[int])
except TypeError as e: print(e)
try: Literal[1]()
except TypeError as e: print(e)

from __future__ import annotations
import typing
from typing import (TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, Optional, Union,
                    List, Dict, Tuple, Callable, Iterable, Iterator, Sequence, Mapping, Any,
                    Annotated, Final, ClassVar, get_type_hints, get_origin, get_args, Literal,
                    TypedDict, overload, cast, Type)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, type(s).__name__, s.__orig_class__)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
class StrPair(Pair[str, V]):
    pass
print(StrPair.__parameters__, StrPair[int], Pair[str, int].__args__, StrPair("a", 1).v)
show(lambda: Pair[int, str, float])
show(lambda: StrPair[int, int])

def f(a: int, b: Optional[str] = None, *args: int, c: List[Dict[str, int]], **kw: Any) -> Tuple[int, ...]:
    pass
print(get_type_hints(f))
print(f.__annotations__)

class Node:
    value: int
    next: Optional[Node]
    tags: ClassVar[List[str]] = []
    limit: Final[int] = 3
print(get_type_hints(Node))

def g(x: Annotated[int, "positive"]) -> Annotated[str, "out"]: ...
print(get_type_hints(g), get_type_hints(g, include_extras=True))

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class HasName(Protocol):
    name: str
class File:
    def close(self): pass
class Named:
    def __init__(self): self.name = "n"
print(isinstance(File(), SupportsClose), isinstance(Named(), HasName), isinstance(File(), HasName), isinstance(open, SupportsClose))

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3.0, 4.0)
print(p, p.dist(), isinstance(p, tuple), p._replace(y=0), Point._fields, Point._field_defaults, Point(1.0), p == (3.0, 4.0), tuple(p), p.x)
x, y = p
print(x, y, Point._make([5, 6]), hash(p) == hash((3.0, 4.0)))
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: p._replace(z=1))

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__optional_keys__))
show(lambda: isinstance(m, Movie))

print(Union[int, str].__args__, Optional[int].__origin__ is Union, List[int].__origin__, Dict[str, int].__args__)
print(get_args(Tuple[int, str]), get_args(Tuple[int, ...]), get_args(Tuple[()]), get_origin(Tuple[int]), get_origin(Callable[[], int]))
print(get_args(Literal["a", "b"]), Literal["a"] == Literal["a"], Literal[1, 2] == Literal[2, 1], Literal[True] == Literal[1])
print(Union[int, str] | None, Optional[Union[int, str]], Union[Optional[int], str])
print(typing.Callable[[int], str].__args__, Callable[..., Any])
print(isinstance(len, typing.Callable), isinstance(5, typing.Callable), isinstance([], typing.Sized), isinstance({}, typing.Mapping), issubclass(dict, typing.MutableMapping))
print(isinstance(iter([]), typing.Iterator), isinstance([], typing.Iterator), isinstance("s", typing.Sequence), isinstance((x for x in []), typing.Generator))
print(cast(List[int], [1]), typing.TYPE_CHECKING, typing.Text is str)
print(Type[int], type(T), T.__name__, T.__bound__, T.__constraints__, T.__covariant__)
show(lambda: Union[int]())
show(lambda: List())
show(lambda: class_with_plain_generic())
def class_with_plain_generic():
    class X(Generic): pass
show(class_with_plain_generic)
def bad_params():
    class Y(Generic[T], Generic[K]): pass
show(bad_params)
print(repr(typing.Optional), repr(typing.Union), repr(typing.Generic), repr(typing.Protocol), typing.Any.__class__.__name__ if False else "")
class GP(NamedTuple, Generic[T]):
    first: T
    second: int = 0
print(GP(1), GP[int], GP[str](5, 6), GP.__parameters__)

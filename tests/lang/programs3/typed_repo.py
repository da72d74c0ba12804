from __future__ import annotations
from typing import (Generic, TypeVar, Protocol, Optional, Union, List, Dict, Tuple, Callable, Iterator,
                    Any, ClassVar, Final, NamedTuple, TypedDict, overload, cast, runtime_checkable, Literal,
                    Sequence, Mapping, Iterable, get_type_hints, TYPE_CHECKING)
import typing
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", bound="Comparable")

@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...

class HasId(Protocol):
    id: int

class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}
        self._next = 1
    def add(self, item: T) -> int:
        i = self._next; self._items[i] = item; self._next += 1; return i
    def get(self, i: int) -> Optional[T]:
        return self._items.get(i)
    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [x for x in self._items.values() if pred(x)]
    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())
    def __len__(self) -> int:
        return len(self._items)

@dataclass
class User:
    name: str
    age: int
    email: Optional[str] = None
    kind: ClassVar[str] = "user"

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Movie(TypedDict):
    title: str
    year: int

class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T): self.k, self.v = k, v
    def swap(self) -> "Pair[T, K]": return Pair(self.v, self.k)
    def __repr__(self): return f"Pair({self.k!r}, {self.v!r})"

def max_of(items: Sequence[V]) -> V:
    best = items[0]
    for x in items[1:]:
        if best < x:
            best = x
    return best

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

repo: Repository[User] = Repository()
for n, a in [("ann", 31), ("bob", 17), ("cy", 45)]:
    repo.add(User(n, a))
print(len(repo), repo.get(2), repo.get(9), [u.name for u in repo.find(lambda u: u.age > 18)])
print(Point(3, 4).norm(), Point(1), Point._fields, Point._field_defaults, Point.__annotations__)
m: Movie = {"title": "Up", "year": 2009}
print(m, sorted(Movie.__required_keys__))
p = Pair("a", 1); print(p, p.swap())
print(max_of([3, 9, 2]), max_of(["b", "a"]), double(4), double("ab"), cast(int, "x"))
print(isinstance(3, Comparable), isinstance(object(), Comparable))
print(User.__annotations__, User.kind)
print(get_type_hints(User))
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(Union[int, None] == Optional[int], typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Literal["a", "b"])
print(list[int], dict[str, int] == dict[str, int], int | None, type(int | str).__name__, isinstance(3, int | str))
print(Repository[int], Repository.__parameters__ if hasattr(Repository, "__parameters__") else "", T, V.__bound__)
def f(a: int, b: str = "x") -> List[int]: return [a]
print(f.__annotations__)
print(TYPE_CHECKING, Any, typing.NoReturn, Final)
U = TypeVar("U", int, str)
print(U.__constraints__, T.__name__)
Vec = List[float]
def scale(v: Vec, k: float) -> Vec: return [x * k for x in v]
print(scale([1.0, 2.0], 2))
try:
    Repository[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Movie(title="x", year=1, extra=2)
    print("typeddict ok")
except TypeError as e:
    print("TypeError:", e)
class Node(Generic[T]):
    def __init__(self, v: T, nxt: Optional[Node[T]] = None): self.v, self.nxt = v, nxt
n = Node(1, Node(2)); print(n.nxt.v, Node.__init__.__annotations__)

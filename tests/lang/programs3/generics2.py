from __future__ import annotations
from typing import TypeVar, Generic, Protocol, Iterator, Iterable, Callable, Optional, Union, Any, cast, runtime_checkable, ParamSpec, Concatenate, TypeAlias, NewType, Final, Literal, get_args, get_origin
from dataclasses import dataclass, field
from abc import abstractmethod
import functools

T = TypeVar("T")
U = TypeVar("U")
K = TypeVar("K")
P = ParamSpec("P")
UserId = NewType("UserId", int)
JSON: TypeAlias = Union[dict, list, str, int, float, bool, None]

class SupportsArea(Protocol):
    def area(self) -> float: ...

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def map(self, f: Callable[[T], U]) -> Box[U]:
        return Box(f(self.item))
    def __repr__(self) -> str:
        return f"Box({self.item!r})"

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, x: T) -> "Stack[T]":
        self._items.append(x); return self
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)
    def __len__(self) -> int:
        return len(self._items)

class TypedStack(Stack[int]):
    pass

@dataclass
class Result(Generic[T]):
    value: Optional[T] = None
    error: Optional[str] = None
    @classmethod
    def ok(cls, v: T) -> "Result[T]":
        return cls(value=v)
    @classmethod
    def fail(cls, msg: str) -> "Result[T]":
        return cls(error=msg)
    def unwrap(self) -> T:
        if self.error is not None:
            raise ValueError(self.error)
        return cast(T, self.value)

def logged(f: Callable[P, T]) -> Callable[P, T]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> T:
        print("->", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner

@logged
def div(a: int, b: int = 1) -> Result[float]:
    return Result.ok(a / b) if b else Result.fail("division by zero")

class Sq:
    def __init__(self, s: float): self.s = s
    def area(self) -> float: return self.s ** 2
class File:
    def close(self) -> None: print("closed")

def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)

print(Box(3).map(str).map(lambda s: s * 2), Box[int], Box[int](5))
s = Stack[str]().push("a").push("b"); print(list(s), len(s), s.pop())
ts = TypedStack(); ts.push(1); print(list(ts), TypedStack.__orig_bases__ if hasattr(TypedStack, "__orig_bases__") else "", TypedStack.__mro__[1].__name__)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
print(div(6, 3), div(1, b=0))
print(div(6, 4).unwrap())
try:
    div(1, 0).unwrap()
except ValueError as e:
    print("ValueError:", e)
print(total_area([Sq(2), Sq(3)]), isinstance(File(), Closeable), isinstance(Sq(1), Closeable))
uid = UserId(42); print(uid, type(uid).__name__, UserId.__name__ if hasattr(UserId, "__name__") else "")
print(T, U.__name__, P, P.args, get_args(Callable[[int, str], bool]), get_origin(Callable[[int], str]))
print(get_args(Optional[int]), get_origin(Optional[int]), get_args(Literal[1, 2]), get_origin(list[int]), get_args(dict[str, list[int]]))
print(Result[int], Result.ok(1), Result[int].ok(2) if True else "")
try:
    Generic()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[int]): pass
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(Sq(1), SupportsArea)
except TypeError as e:
    print("TypeError:", e)
class Comparable(Protocol):
    @abstractmethod
    def __lt__(self, other: Any) -> bool: ...
CT = TypeVar("CT", bound=Comparable)
def biggest(xs: list[CT]) -> CT:
    return max(xs)
print(biggest([3, 1, 2]), biggest(["b", "a"]), repr(CT), CT.__bound__)

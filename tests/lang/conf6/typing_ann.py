from __future__ import annotations
import typing
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Any, Literal, Final, ClassVar
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def f(a: int, b: list[str] | None = None) -> dict[str, int]: ...
t(lambda: f.__annotations__)
class C:
    x: int
    y: ClassVar[str] = 'c'
    z: 'Optional[int]' = None
t(lambda: C.__annotations__)
t(lambda: typing.get_type_hints(C))
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
t(lambda: Box[int](3).v); t(lambda: Box[int]); t(lambda: Box.__parameters__); t(lambda: T)
t(lambda: List[int]); t(lambda: Dict[str, List[int]]); t(lambda: Optional[int]); t(lambda: Union[int, str]); t(lambda: Union[int, int]); t(lambda: Callable[[int], str]); t(lambda: Literal['a', 1])
t(lambda: list[int]); t(lambda: int | str); t(lambda: type(int | str)); t(lambda: isinstance(1, int | str)); t(lambda: (int | None) == Optional[int]); t(lambda: dict[str, list[int]].__args__)
t(lambda: typing.get_origin(List[int])); t(lambda: typing.get_args(Dict[str, int])); t(lambda: typing.get_origin(int | str))
class NT(NamedTuple):
    a: int
    b: str = 'x'
t(lambda: NT(1)); t(lambda: NT._fields); t(lambda: NT.__annotations__)
class TD(TypedDict):
    k: int
t(lambda: TD(k=1)); t(lambda: TD.__annotations__)
class P(Protocol):
    def meth(self) -> int: ...
@typing.runtime_checkable
class RP(Protocol):
    def meth(self) -> int: ...
class Impl:
    def meth(self): return 1
t(lambda: isinstance(Impl(), RP)); t(lambda: isinstance(Impl(), P))
t(lambda: typing.cast(int, 'x')); t(lambda: typing.TYPE_CHECKING)
@typing.overload
def ov(x: int) -> int: ...
@typing.overload
def ov(x: str) -> str: ...
def ov(x): return x
t(lambda: ov(3))
t(lambda: typing.Any); t(lambda: typing.NoReturn); t(lambda: Final[int]); t(lambda: typing.Tuple[int, ...]); t(lambda: typing.Type[int]); t(lambda: typing.Iterable[int]); t(lambda: typing.Sequence)
def g(x: undefined_name) -> also_undefined: pass
t(lambda: g.__annotations__)
v: int = 5
t(lambda: __annotations__)
t(lambda: typing.get_type_hints(f))

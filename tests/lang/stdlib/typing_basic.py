import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, TypeVar,
                    Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, Literal, Final,
                    ClassVar, Annotated, cast, overload, final, no_type_check, get_type_hints,
                    get_origin, get_args, TYPE_CHECKING, NewType, Self, LiteralString, Never,
                    NoReturn, assert_never, ParamSpec, Concatenate, TypeAlias, dataclass_transform)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(Any, Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int, str])
print(List, List[int], Dict[str, int], Set[float], FrozenSet[bytes], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Type[int], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[Any], Mapping[str, List[int]], MutableMapping)
print(Literal[1, "a", None], Final[int], ClassVar[List[int]], Annotated[int, "meta", 3], Optional[List[Dict[str, Any]]])
print(Self, LiteralString, Never, NoReturn, TypeAlias, typing.Text, typing.AnyStr)
T = TypeVar("T"); K = TypeVar("K", bound=int); C = TypeVar("C", covariant=True); N = TypeVar("N", int, str, contravariant=True)
print(T, K, C, N, T.__name__, K.__bound__, N.__constraints__, List[T], Dict[T, int][str])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], List[int] == list[int])
print(get_origin(List[int]), get_origin(Optional[int]) is Union, get_origin(Literal[1]) is Literal, get_origin(int), get_origin(list[int]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(int), get_args(Annotated[int, "x"]))
print(get_origin(Iterable[int]), get_origin(Callable[[int], str]), get_origin(int | str), get_args(int | None))
show(lambda: Union[()])
show(lambda: List[int, str])
show(lambda: Dict[int])
show(lambda: isinstance(1, List[int]))
show(lambda: isinstance(1, Any))
show(lambda: Optional[int, str])
show(lambda: Callable[int])
show(lambda: Generic[int])
show(lambda: TypeVar("X", int))
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(iter([]), Iterator), isinstance(3, Iterable), isinstance(1, Optional[int]))

class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int], Box[int](3).get(), Box.__parameters__, Box[int].__args__, get_origin(Box[str]) is Box)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
show(lambda: Pair[int])
class IntBox(Box[int]): pass
print(IntBox(5).v, IntBox.__parameters__, IntBox.__mro__[1:] == (Box, Generic, object))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class NotRC(Protocol):
    def x(self): ...
show(lambda: isinstance(1, NotRC))
show(lambda: NotRC())

class Emp(NamedTuple):
    name: str
    id: int = 3
    def hello(self):
        return "hi " + self.name
e = Emp("bob")
print(e, e.hello(), e._fields, e._asdict(), e._replace(id=9), Emp._field_defaults, Emp.__annotations__, e[0], len(e))
P2 = NamedTuple("P2", [("x", int), ("y", float)])
print(P2(1, 2.0), P2.__annotations__, P2._make([3, 4]))
P3 = NamedTuple("P3", x=int)
print(P3(x=5))
def bad_nt():
    class B(NamedTuple):
        x: int = 1
        y: str
show(bad_nt)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, type(m), Movie.__required_keys__ == {"title", "year"}, Movie.__total__)
class Partial(TypedDict, total=False):
    a: int
print(Partial.__optional_keys__, Partial(a=1))
TD = TypedDict("TD", {"a": int, "b": str})
print(TD(a=1, b="x"), TD.__annotations__)

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
print(cast(int, "x"), cast("List[int]", 3))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))

@final
class Fin: pass
print(Fin.__final__)

def hinted(a: int, b: "str", c: Optional["Box[int]"] = None) -> List[int]: pass
print(get_type_hints(hinted))
class H:
    x: int
    y: "List[str]"
print(get_type_hints(H))
print(TYPE_CHECKING)
show(lambda: assert_never(5))
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
@dataclass_transform()
def deco(cls): return cls
print(deco.__dataclass_transform__["eq_default"])
@no_type_check
def ntc(a: int): pass
print(ntc.__no_type_check__)
print(typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict, typing.Counter[str], typing.ChainMap)
print(typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsInt), typing.Hashable, typing.Sized)
print(repr(typing.ForwardRef("X")), typing.List["X"])
print(Optional[int] | str, int | List[int], List[int] | None)

import typing, sys
from typing import *
from dataclasses import dataclass
@dataclass
class D:
    a: int
    b: "List[str]"
    def m(self, x: "D") -> Optional["D"]: ...
print(get_type_hints(D), get_type_hints(D.m), get_type_hints(D(1, []).m))
print(get_type_hints(sys.modules[__name__]) if hasattr(sys.modules[__name__], '__annotations__') else 'noann')
x: int = 3
print(get_type_hints(sys.modules[__name__]))
print(TypeGuard[int], Required[int], NotRequired[str], typing.Unpack, typing.TypeVarTuple("Ts"))
print(typing.Generic.__module__, typing.List.__module__, Optional[int].__module__, typing.Any.__module__)
print(Union[int, str].__module__ if hasattr(Union[int,str], '__module__') else None)
print(get_origin(typing.Generic), get_origin(Annotated[int, 1]) is Annotated, typing.Annotated[Optional[int], "x"])
T = TypeVar("T")
class G(Generic[T]): pass
print(get_args(G[int]), get_origin(G[int]) is G, G[int] == G[int], G[int] != G[str], hash(G[int]) == hash(G[int]))
print(Literal["x"] | None, type(None) | Literal[3])
print(repr(Optional[None]), Union[None, None], Optional[Any])
print(typing.AsyncIterator[int], typing.Awaitable[int], typing.Coroutine[int, int, int], typing.AsyncGenerator[int, None])
print(typing.ContextManager[int], typing.SupportsIndex, typing.IO[str], typing.BinaryIO, typing.TextIO)

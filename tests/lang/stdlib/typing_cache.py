import typing
from typing import *
T = TypeVar("T")
class G(Generic[T]): pass
print(List[int] is List[int], Dict[str, int] is Dict[str, int], Optional[int] is Optional[int], Union[int, str] is Union[int, str])
print(Literal[1] is Literal[1], Literal[1] == Literal[True], Literal[True], Literal[1], Tuple[int, ...] is Tuple[int, ...])
print(G[int] is G[int], Callable[[int], str] == Callable[[int], str], Callable[..., int] is Callable[..., int], List[T][int] is List[int])
print(Annotated[int, "x"] == Annotated[int, "x"], Literal[0] == Literal[False], Literal[0], Literal[False])

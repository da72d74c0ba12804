# Misuses of typing's forms raise CPython 3.11's errors (TypeError messages word for word);
# type() with a base that has __mro_entries__ refuses it; aliases copy and pickle.
import typing, collections.abc
from typing import *
T = TypeVar('T'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
tests = [
 lambda: List[int](), lambda: isinstance([], List[int]), lambda: isinstance([], List), lambda: issubclass(list, List[int]),
 lambda: Union[int], lambda: Optional[int, str], lambda: Callable[int, str], lambda: Callable[[int]],
 lambda: T(), lambda: Union(), lambda: Union[()], lambda: Tuple[int, ...][int],
 lambda: List[int, str], lambda: Dict[int], lambda: Generic[T, T], lambda: Generic[int], lambda: Protocol[int],
 lambda: ClassVar[int, str], lambda: Final[int][str], lambda: List[ClassVar[int]], lambda: List[Final[int]],
 lambda: Union[ClassVar[int], str], lambda: Optional[Generic], lambda: List[3], lambda: Tuple[3], lambda: Union[3, 'x'],
 lambda: Literal[3][4], lambda: Callable[[3], int], lambda: Callable[P, int][3], lambda: Concatenate[int], lambda: Concatenate[int, str],
 lambda: Concatenate[()], lambda: Unpack[int, str], lambda: TypeVar('T', int), lambda: TypeVar('T', covariant=True, contravariant=True),
 lambda: TypeVar('T', bound=3), lambda: ParamSpec('P', bound=3),
 lambda: type('X', (NewType('N', int),), {}), lambda: collections.abc.Callable[int, str], lambda: collections.abc.Callable[[int]],
 lambda: list[int][int], lambda: dict[T, int][int, str], lambda: tuple[T, ...][int, str], lambda: Any(),
 lambda: NoReturn[int], lambda: Self(), lambda: Annotated[int], lambda: Annotated(), lambda: TypedDict('X', {'a': 3}),
 lambda: NamedTuple('X', [('a', 3)]), lambda: typing.Hashable[int], lambda: typing.Sized[int], lambda: typing.Iterable[int, str],
 lambda: type('Q', (Union[int, str],), {}), lambda: type('Q', (List[int],), {}).__mro__, lambda: type('Q', (Literal[1],), {}),
 lambda: issubclass(int, Union[int, str]), lambda: isinstance(1, Optional[int]), lambda: isinstance(1, Literal[1]),
 lambda: isinstance(1, Callable), lambda: isinstance(len, Callable), lambda: issubclass(int, Callable[[], int]),
 lambda: repr(T.__name__), lambda: copy_test(),
]
import copy, pickle
def copy_test():
    return [copy.copy(x) == x and copy.deepcopy(x) == x and pickle.loads(pickle.dumps(x)) == x for x in (List[int], Dict[str, T], Callable[[int], str], Union[int, None], Literal[1, 2], Optional[List[T]], T, Tuple[int, ...], Callable[..., int], Annotated[int, 'x'], Callable[P, T], Concatenate[int, P])]
for i, f in enumerate(tests):
    try: print(i, repr(f()))
    except Exception as e: print(i, type(e).__name__, e)

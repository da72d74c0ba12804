# Substituting type variables into aliases, as CPython 3.11: typing aliases, builtin
# GenericAlias, unions, Callable with ParamSpec/Concatenate, TypeVarTuple spreading.
from typing import *
import collections.abc
T = TypeVar('T'); S = TypeVar('S'); K = TypeVar('K'); V = TypeVar('V')
P = ParamSpec('P'); Ts = TypeVarTuple('Ts')


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Tuple[int, T][str])
show(lambda: Dict[K, V][str, int])
show(lambda: Callable[[T], S][int, str])
show(lambda: list[T][int])
show(lambda: List[Dict[K, T]][str, int])
show(lambda: dict[K, list[T]][str, int])
show(lambda: Callable[P, T][[int, str], float])
show(lambda: Callable[P, T][..., float])
show(lambda: Callable[Concatenate[int, P], T][[str], float])
show(lambda: Callable[Concatenate[int, P], T][Concatenate[str, P], float])
show(lambda: collections.abc.Callable[[int], str])
show(lambda: collections.abc.Callable[[T], S][int, str])
show(lambda: collections.abc.Callable[P, T][[int, str], float])
show(lambda: collections.abc.Callable[Concatenate[int, P], T][[str], float])
show(lambda: P.args)
show(lambda: P.kwargs)
show(lambda: tuple[*Ts])
show(lambda: Tuple[*Ts])
show(lambda: Tuple[Unpack[Ts]])
show(lambda: tuple[T, *Ts][int, str, bytes])
show(lambda: Tuple[T, *Ts][int, str, bytes])
show(lambda: Tuple[T, *Ts][int])
show(lambda: tuple[T, *Ts][int])
show(lambda: tuple[T, *Ts][()])
show(lambda: tuple[T, *Ts, S][int, *tuple[str, ...]])
show(lambda: dict[T, tuple[*Ts]][int, str, bytes])
show(lambda: get_args(Callable[[int, str], float]))
show(lambda: get_origin(Callable[[int, str], float]))
show(lambda: get_args(collections.abc.Callable[[int, str], float]))
show(lambda: Union[int, list[T]][str])
show(lambda: (int | list[T])[str])
show(lambda: (int | list[T]).__parameters__)
show(lambda: (int | list[T] | dict[K, T])[str, bytes])
show(lambda: (int | str)[int])
show(lambda: Optional[T][int])
show(lambda: Annotated[List[T], 'x'][int])


class G(Generic[T, S]):
    pass


show(lambda: G[int, str])
show(lambda: G[int, str].__parameters__)
show(lambda: G[int, T][str])
show(lambda: G[int])


class PG(Generic[P]):
    pass


show(lambda: PG[int, str])
show(lambda: PG[[int, str]])
show(lambda: PG[...])
show(lambda: PG[P].__parameters__)


class TG(Generic[*Ts]):
    pass


class TG2(Generic[T, *Ts]):
    pass


show(lambda: TG[int, str])
show(lambda: TG[()])
show(lambda: TG[*Ts].__parameters__)
show(lambda: TG2[int, str, bytes].__args__)
show(lambda: TG2[()])
show(lambda: Generic[T][int])
show(lambda: Generic[int])
show(lambda: Concatenate[int, P].__parameters__)
show(lambda: Concatenate[int, P][[str]])
show(lambda: Tuple[int][str])
show(lambda: Union[int, str][int])
show(lambda: list(iter(Tuple[int])))
show(lambda: iter(Union[int, str]))
show(lambda: iter(List))
show(lambda: iter(Callable[[int], str]))
show(lambda: TypeVar('X', int, bound=int))
show(lambda: Ts.__typing_subst__(int))
show(lambda: P.__typing_subst__(3))

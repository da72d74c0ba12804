# PEP 646 substitution: an unpacked fixed-length tuple among subscription arguments
# stands for its items (list[T][*tuple[int]] is list[int]; typing's _GenericAlias too),
# and a TypeVar rejects an unpacked argument (*tuple[int, ...], *list[int]).
from typing import TypeVar, List, Dict, Generic
T = TypeVar('T'); T1 = TypeVar('T1'); T2 = TypeVar('T2')
class C(Generic[T]): pass
for f in [lambda: list[T][*tuple[int, str]], lambda: list[T][*tuple[()]], lambda: List[T][*tuple[int, ...]],
          lambda: C[T][*tuple[int]], lambda: dict[T1, T2][int, *tuple[str, ...]], lambda: T.__typing_subst__((*tuple[int],)[0]),
          lambda: list[T][(*tuple[int],)[0]], lambda: dict[T1,T2][*tuple[int], *tuple[str]]]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
from typing import Unpack, Tuple
print(Unpack[Tuple[int, str]].__typing_unpacked_tuple_args__, Unpack[Tuple[int, ...]].__typing_unpacked_tuple_args__)
for f in [lambda: list[T][Unpack[Tuple[int]]], lambda: List[T][Unpack[tuple[int, str]]], lambda: C[T][Unpack[Tuple[int, ...]]],
          lambda: dict[T1, T2][*tuple[int, str]], lambda: list[T][*list[int]]]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

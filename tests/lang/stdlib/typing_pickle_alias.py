# Subscripted typing aliases pickle as the subscription that made them (operator.getitem
# on the alias, as CPython): they were reduced to a local lambda, which pickle refused.
import operator
import pickle
from typing import (Callable, Dict, Generic, List, Optional, Tuple, Type, TypeVar, Union,
                    Concatenate, ParamSpec)

T = TypeVar('T')
P = ParamSpec('P')


class Box(Generic[T]):
    pass


aliases = [List[int], Dict[str, List[int]], Union[int, str], Optional[int],
           Callable[[int, str], bytes], Callable[[], int], Callable[..., int],
           Callable[P, int], Callable[Concatenate[int, P], int], Tuple[int, str],
           Tuple[int, ...], Box[int], Type[int], List[T]]
for alias in aliases:
    func, args = alias.__reduce__()
    print(repr(alias), func is operator.getitem, args)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(alias, proto))
        assert back == alias, (back, alias)
print('ok')

# typing._cleanups: the clear functions of the subscription caches (CPython's tests call
# them all between cases); a cleared cache makes a new, equal alias.
import typing
from typing import Dict, List, Literal, Union

a, b, c = List[int], Union[int, str], Dict[str, Literal[1]]
print(a is List[int], b is Union[int, str], c is Dict[str, Literal[1]])
print(len(typing._cleanups) > 0, all(callable(f) for f in typing._cleanups))
for f in typing._cleanups:
    f()
print(a is List[int], a == List[int], b == Union[str, int], c == Dict[str, Literal[1]])
print(List[int] is List[int])

# types.UnionType (X | Y) as CPython 3.11: repr, flattening and deduplication,
# isinstance/issubclass, substitution of its type variables, equality and hash equal to
# typing.Union's, pickling and copying (copyreg reduces it to functools.reduce(or_, args)).
import copy
import pickle
import typing
from typing import TypeVar, Union, Optional, List

T = TypeVar('T')
K = TypeVar('K')


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: (int | str, (int | str) | list, int | (str | list), int | None, int | type(None)))
show(lambda: (list[int] | None, int | typing.GenericAlias(list, int), int | int, str | int | str))
show(lambda: (isinstance(3, int | str), isinstance(None, int | None), isinstance(3.0, int | str)))
show(lambda: (issubclass(bool, int | str), issubclass(float, int | str)))
show(lambda: isinstance(3, int | list[int]))
show(lambda: (int | list[T]).__parameters__)
show(lambda: (int | list[T])[str])
show(lambda: (dict[K, T] | list[T])[str, bytes])
show(lambda: (int | T)[int, str])
show(lambda: (int | str)[int])
show(lambda: (int | str == str | int, int | str == Union[int, str], Union[str, int] == int | str))
show(lambda: hash(int | str) == hash(str | int) == hash(Union[int, str]))
show(lambda: (int | str).__args__)
show(lambda: int | 'str')
show(lambda: (Union[int, str] | None, Optional[int] | str, List[int] | None))
orig = list[T] | int
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    loaded = pickle.loads(pickle.dumps(orig, proto))
    show(lambda: (loaded, loaded == orig, loaded.__args__ == orig.__args__,
                  loaded.__parameters__))
show(lambda: (copy.copy(orig) == orig, copy.deepcopy(orig) == orig))
show(lambda: typing.get_args(int | list[str]))
show(lambda: typing.get_origin(int | str))

# PEP 646: iterating a GenericAlias yields one unpacked alias (*tuple[int]) with
# __unpacked__ True and __typing_unpacked_tuple_args__; it compares unequal to the plain
# alias, keeps its star through substitution and pickles as next(iter(alias)). Before,
# iter() raised TypeError, so test_typing's *Ts forms and test_genericalias did not run.
import copy
import pickle
from typing import TypeVar

T = TypeVar('T')
u = (*tuple[int],)[0]
print(u, repr(u), u.__unpacked__, tuple[int].__unpacked__, u.__origin__, u.__args__)
print(u.__typing_unpacked_tuple_args__, (*list[int],)[0].__typing_unpacked_tuple_args__,
      tuple[int].__typing_unpacked_tuple_args__)
print(u == (*tuple[int],)[0], u != tuple[int], u == tuple[int], hash(u) == hash(tuple[int]))
print(tuple[*tuple[int, ...]], tuple[str, *tuple[int, ...]], tuple[*tuple[*tuple[int, ...]]])
print(list(list[int]), list(u), [*dict[str, T]])
v = (*tuple[T],)[0]
print(v.__parameters__, v[int], v[int].__unpacked__, tuple[T][str].__unpacked__)
it = iter(list[int])
print(type(it).__name__, iter(it) is it, it.__reduce__())
print(next(it), list(it))
for a in (u, tuple[int], (*list[T],)[0], tuple[*tuple[int]]):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.__unpacked__ == a.__unpacked__, (a, proto)
    print(a, copy.copy(a) == a, copy.deepcopy(a) == a)
print(tuple[int].__reduce__(), u.__reduce__()[0].__name__)
print(3 in list[T], list[int] in [*list[int]])

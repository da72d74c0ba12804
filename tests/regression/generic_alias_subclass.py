# types.GenericAlias can be subclassed (CPython's _collections_abc does for Callable[...]).
import types


class MyAlias(types.GenericAlias):
    __slots__ = ()

    def __repr__(self):
        return 'My' + super().__repr__()


a = MyAlias(list, (int,))
print(type(a).__name__, a, a.__origin__, a.__args__, isinstance(a, types.GenericAlias))
b = MyAlias(dict, str)
print(b.__args__, a == list[int], list[int] == a, a | None)
print(types.GenericAlias(tuple, (int, str)), type(types.GenericAlias(set, int)) is types.GenericAlias)
try:
    MyAlias(list)
except TypeError as e:
    print(e)

import _collections_abc, collections.abc
print(_collections_abc.Sequence is collections.abc.Sequence, _collections_abc._check_methods(list, '__len__'), _collections_abc._check_methods(int, '__len__'))
from _collections_abc import Mapping, MutableSet, _check_methods
print(Mapping, MutableSet, isinstance({}, Mapping))

# array.array is a registered collections.abc.MutableSequence (CPython's test_array).
import collections.abc, array, sys
a = array.array('B', b'ab')
print(isinstance(a, collections.abc.MutableSequence), isinstance(a, collections.abc.Sequence), issubclass(array.ArrayType, collections.abc.Reversible))
print(list(reversed(a)), a.index(98), a.count(97))

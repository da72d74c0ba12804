# types.GenericAlias forwards every attribute but its own (__origin__, __args__,
# __parameters__, __unpacked__, __reduce__, __copy__, __deepcopy__ ...) to its origin,
# as CPython: list[int].append is list.append, copy/deepcopy of an alias of a class
# that defines __copy__/__deepcopy__ copies the alias; dir() lists both. The PEP 585
# classes of the standard library are subscriptable (weakref.ref, WeakSet,
# mappingproxy, async generators, dataclasses.Field, logging's LoggerAdapter ...).
import collections.abc
import copy
import dataclasses
import logging
import os
import pickle
import types
import unittest.case
import weakref
from typing import TypeVar

T = TypeVar('T')


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = list[int]
show(lambda: (a.__name__, a.__qualname__, a.__module__, a.append is list.append))
show(lambda: a.__class__)
x = a()
a.append(x, 'foo')
show(lambda: (x, a.__getitem__(x, 0), a.__len__(x)))
show(lambda: a.__dict__ is list.__dict__ or a.__dict__ == list.__dict__)
show(lambda: isinstance([], a))
show(lambda: issubclass(list, a))
show(lambda: a.zz)
show(lambda: (a.__unpacked__, a.__mro_entries__((a,)), a.__reduce__()))
show(lambda: set(dir(list)) <= set(dir(a)))
show(lambda: [n for n in ('__origin__', '__args__', '__parameters__', '__deepcopy__')
              if n in dir(a)])


class X:
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


for alias in (types.GenericAlias(list, T), types.GenericAlias(X, T), (*tuple[int],)[0]):
    c1 = copy.copy(alias)
    c2 = copy.deepcopy(alias)
    show(lambda: (c1 == alias, c2 == alias, c2.__parameters__ == alias.__parameters__))
show(lambda: pickle.loads(pickle.dumps(dict[str, a])))


class C(list[int]):
    pass


show(lambda: (C.__mro__, C.__orig_bases__))
show(lambda: collections.abc.Callable[[int], str].__args__)
for cls in (weakref.ref, weakref.WeakSet, weakref.WeakKeyDictionary,
            weakref.WeakValueDictionary, types.MappingProxyType, types.AsyncGeneratorType,
            dataclasses.Field, os.DirEntry, logging.LoggerAdapter, logging.StreamHandler,
            unittest.case._AssertRaisesContext):
    show(lambda: (cls.__name__, cls[int].__origin__ is cls, cls[int].__args__))

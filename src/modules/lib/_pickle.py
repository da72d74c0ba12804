"""_pickle (safepy): the name CPython gives its C implementation of pickle.

safepy has one implementation, pickle.py, whose output is CPython's byte for byte; as
with _datetime, this module exposes the same classes and functions under the C module's
name for code that imports _pickle (CPython's test_inspect does at import time).

The functions are wrapped so that, like C functions, they do not bind as methods when
stored in a class (CPython's tests do `from _pickle import dump` in a class body).
"""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                    PickleBuffer)
import pickle as _py


class _CFunction:
    """A module function that behaves as a builtin one: no __get__, so a class
    attribute holding it is not turned into a bound method."""

    def __init__(self, func):
        self._func = func
        self.__name__ = self.__qualname__ = func.__name__.lstrip('_')
        self.__doc__ = func.__doc__
        self.__module__ = '_pickle'

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__

    def __reduce__(self):
        return self.__qualname__


dump = _CFunction(_py._dump)
dumps = _CFunction(_py._dumps)
load = _CFunction(_py._load)
loads = _CFunction(_py._loads)
del _CFunction

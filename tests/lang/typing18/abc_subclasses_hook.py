# ABCMeta.__subclasscheck__ asks the class's own __subclasses__() (which a class may
# override) and requires a list, as CPython's _abc; bad arguments raise TypeError.
import abc


class A(metaclass=abc.ABCMeta):
    pass


class B(A):
    pass


print(issubclass(B, A), issubclass(int, A))
for bad in ({}, 42):
    try:
        issubclass(bad, A)
    except TypeError as e:
        print('TypeError', e)
for i, func in enumerate([None, lambda x: [], lambda: 42, lambda: [42], lambda: [int]]):
    class S(metaclass=abc.ABCMeta):
        __subclasses__ = func
    try:
        print(i, issubclass(int, S), issubclass(str, S))
    except TypeError as e:
        print(i, 'TypeError', e)


class Boom(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasses__(cls):
        raise ValueError('exception from __subclasses__')


try:
    issubclass(int, Boom)
except ValueError as e:
    print('ValueError', e)

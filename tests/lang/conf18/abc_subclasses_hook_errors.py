# ABCMeta.__subclasscheck__ calls cls.__subclasses__() (a class attribute of that name
# wins) and checks it gives a list of classes, with CPython's errors (test_abc).
import abc
class A(metaclass=abc.ABCMeta): pass
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: issubclass({}, A)); t(lambda: issubclass(42, A)); t(lambda: isinstance(42, A))
class C: __mro__ = 42
t(lambda: issubclass(C(), A))
for func in [None, lambda x: [], lambda: 42, lambda: [42]]:
    class S(metaclass=abc.ABCMeta):
        __subclasses__ = func
    t(lambda: issubclass(int, S))
def raise_exc(): raise Exception("exception from __subclasses__")
class S(metaclass=abc.ABCMeta):
    __subclasses__ = raise_exc
t(lambda: issubclass(int, S))

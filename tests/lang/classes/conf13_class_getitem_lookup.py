# Subscripting a class (session 13), as CPython's PyObject_GetItem: `type[...]` is a
# special case (type had a __class_getitem__, so every metaclass was subscriptable and
# hasattr(type, '__class_getitem__') was True); other classes get __class_getitem__ by a
# full getattr (a metaclass __getattr__ counts), None means not subscriptable, and the
# error names the class by __name__ (it said the __qualname__, 'f.<locals>.X').
def f():
    class X: pass
    return X
try: f()[1]
except TypeError as e: print(e)
class M(type):
    def __getattr__(cls, n):
        if n == '__class_getitem__': return lambda k: ('meta', k)
        raise AttributeError(n)
class A(metaclass=M): pass
print(A[1])
class B:
    __class_getitem__ = None
try: B[1]
except TypeError as e: print(e)
class C:
    __class_getitem__ = 5
try: C[1]
except TypeError as e: print(e)
class D:
    def __class_getitem__(cls, k): return (cls.__name__, k)
class E(D): pass
print(D[1], E['x'], type[int, str], type[int] == type[int], hasattr(type, '__class_getitem__'), type.__dict__.get('__class_getitem__'))
for t in (int, str, object, M):
    try: print(t[1])
    except TypeError as e: print(e)
print(list[int], dict[str, int], tuple[int, ...], set[str], frozenset[int], enumerate[str], type[int] | None)
import collections, itertools, functools, re
print(collections.deque[int], itertools.chain[int], functools.partial[int], re.Pattern[str])
def g(x: type[int]) -> list[type]: pass
print(g.__annotations__)

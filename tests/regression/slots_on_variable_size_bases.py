# Nonempty __slots__ on a subclass of int/tuple/bytes/type was accepted (CPython raises TypeError).
import collections
for base in [tuple, int, bytes, type, str, list, dict, float, complex, object, bool if False else int, collections.namedtuple("P", "a b")]:
    for slots in [("a",), (), ("__dict__",), ("__weakref__",), ("a", "__dict__")]:
        try:
            C = type("C", (base,), {"__slots__": slots})
            print(base.__name__, slots, "ok")
        except TypeError as e:
            print(base.__name__, slots, type(e).__name__, e)
class MyT(tuple): pass
try:
    class Sub(MyT):
        __slots__ = ("z",)
except TypeError as e: print(e)

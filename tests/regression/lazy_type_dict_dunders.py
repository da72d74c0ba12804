# Lookups may skip a builtin type's namespace that was never built when the name cannot
# be in it (type.c lazy_lacks): dunders that are not slot wrappers are checked against the
# spec's method and getset tables. Each line is the first lookup on its type.
import collections, array, io

# the owner of a plain dunder a spec defines (not the inherited object one)
print(frozenset.__reduce__.__qualname__, float.__getnewargs__.__qualname__)
print(dict.__reversed__.__qualname__, range.__reversed__.__qualname__)
print(memoryview.__enter__.__qualname__, bytearray.__reduce_ex__.__qualname__)
print(complex.__getnewargs__.__qualname__, list.__class_getitem__.__qualname__)

print(round(2.5), round(3.7), float.__round__(2.25, 1))
print(hasattr(reversed, '__length_hint__'), hasattr(iter([]).__class__, '__length_hint__'))
print(hasattr(bytes, '__bytes__'), hasattr(complex, '__bytes__'))
print(hasattr(property, '__set_name__'), hasattr(classmethod, '__set_name__'))
print(hasattr(frozenset, '__reduce__'), hasattr(frozenset, '__getnewargs__'))
print(hasattr(type, '__prepare__'), hasattr(type, '__instancecheck__'), hasattr(type, '__subclasscheck__'))
print(hasattr(object, '__init_subclass__'), hasattr(object, '__subclasshook__'), hasattr(object, '__dir__'))
print(hasattr(dict, '__reversed__'), hasattr(dict, '__missing__'), hasattr(set, '__reversed__'))
print(hasattr(memoryview, '__enter__'), hasattr(memoryview, '__exit__'), hasattr(range, '__enter__'))
print(hasattr(io.StringIO, '__enter__'), hasattr(io.BytesIO, 'getvalue'), hasattr(io.StringIO, 'readline'))
print(hasattr(collections.deque, '__copy__'), hasattr(collections.deque, '__reversed__'))
print(hasattr(slice, '__fspath__'), hasattr(tuple, '__class_getitem__'))
print(hasattr(int, '__trunc__'), hasattr(int, '__floor__'), hasattr(int, '__ceil__'), hasattr(int, '__getnewargs__'))
print(hasattr(bool, '__sizeof__'), hasattr(bool, '__getstate__'), hasattr(bool, '__set_name__'))
print(hasattr(staticmethod, '__func__'), hasattr(staticmethod, '__isabstractmethod__'))
print(hasattr(enumerate, '__class_getitem__'))
print(hasattr(bytearray, '__alloc__') or True, hasattr(str, '__getnewargs__'), hasattr(str, '__mro_entries__'))

# a class whose namespace values have fresh types: __set_name__ is looked up on each
class Owner:
    f = 1.5
    c = 2j
    r = range(3)
    s = slice(1)
    fs = frozenset()
    class D:
        def __set_name__(self, owner, name):
            print('set_name', owner.__name__, name)
    d = D()
print(Owner.f, Owner.c, Owner.r, Owner.s, Owner.fs)

# a metaclass-free subclass of a fresh builtin gets every inherited slot
class F(float):
    pass
print(F(1.5) + 1, -F(2), abs(F(-3)), F(2) ** 2, round(F(2.5)), F(1) == 1.0, hash(F(1)) == hash(1))
class C(complex):
    pass
print(C(1, 2) * 2, C(1, 2).conjugate(), bool(C(0)))

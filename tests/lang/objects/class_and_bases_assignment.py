# Assigning __class__ and __bases__ on instances and classes, with CPython's checks.
class CA: pass
class CB:
    def hello(self): return 'CB'
ca = CA()
ca.__class__ = CB
print(type(ca).__name__, isinstance(ca, CB), ca.hello())
for target, value in ((ca, int), (1, CB), (ca, 5)):
    try:
        target.__class__ = value
    except TypeError as e:
        print(e)
class Sl:
    __slots__ = ('x',)
try:
    CA().__class__ = Sl
except TypeError as e:
    print(e)
class A: pass
class B:
    def b(self): return 'b'
class C(A): pass
class D(C): pass
C.__bases__ = (B,)
print(C.__bases__, [k.__name__ for k in D.__mro__], D().b())
C.__bases__ = (A, B)
print([k.__name__ for k in C.__mro__])
for value in ((), [B], (1,), (D,)):
    try:
        C.__bases__ = value
    except TypeError as e:
        print(e)
try:
    int.__bases__ = (A,)
except TypeError as e:
    print(e)
try:
    del C.__bases__
except TypeError as e:
    print(e)
print(A.__subclasses__(), B.__subclasses__())

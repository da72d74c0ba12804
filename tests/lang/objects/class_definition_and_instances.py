# Classes: attributes, instances, reprs, __dict__, default __eq__/__hash__, type() with 3 args.
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __repr__(self):
        return f"A({self.v!r})"
a = A(3)
print(a, a.get(), a.x, A.x, type(a).__name__, type(a) is A)
print(A.__name__, A.__qualname__, A.__module__, A.__bases__, A.__mro__)
print(repr(A), repr(int), repr(type), repr(object))
class B(A):
    def get(self):
        return super().get() * 2
print(B(4).get(), isinstance(B(1), A), issubclass(B, A), issubclass(A, B))
print(B.__base__, B.__mro__)
class C:
    pass
c = C()
print(type(repr(c)) is str, repr(c).startswith('<__main__.C object at 0x'))
c.y = 5
print(c.y, c.__dict__)
del c.y
print(c.__dict__)
try:
    c.zz
except AttributeError as e:
    print("AE", e)
try:
    del c.zz
except AttributeError as e:
    print("AE", e)
print(hash(c) == hash(c), c == c, c != c, c == C())
print(C.__dict__['__module__'], '__dict__' in C.__dict__, C.__doc__)
class D:
    "doc string"
print(D.__doc__)
print(object().__class__, c.__class__)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
try:
    C(1)
except TypeError as e:
    print(e)
print(type(1), type('a'), type(None), type(type))
T = type('T', (A,), {'z': 9})
print(T, T(2), T(2).z, T.__mro__)
print(str(c) == repr(c), format(c, '') == str(c))
try:
    format(c, 'x')
except TypeError as e:
    print(e)

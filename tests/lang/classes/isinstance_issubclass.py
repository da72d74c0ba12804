# isinstance and issubclass with classes, tuples and builtins.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, object)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('s', (int, str)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(int, type))
print(isinstance(A, type), isinstance(None, object), isinstance(object, object))
try:
    isinstance(b, 'A')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) == B, type(b) == A, type(type(b)).__name__)

# bytes(x) calls x.__bytes__ for bytes too (CPython 3.11 gave bytes a __bytes__): bytes(b)
# is b for an exact bytes, a subclass's own __bytes__ is obeyed (and checked).
b = b"abc"
print(bytes(b) is b, bytes(b) == b)
class S(bytes):
    pass
s = S(b"x")
print(bytes(s) is s, type(bytes(s)).__name__, bytes(s))
class T(bytes):
    def __bytes__(self):
        return self
t = T(b"y")
print(type(bytes(t)).__name__, bytes(t))
class U(bytes):
    def __bytes__(self):
        return b"other"
print(bytes(U(b"z")), U(U(b"z")), type(U(b"q")).__name__)
print(S(b) is b, type(S(b)).__name__, S(b))
class V(bytes):
    def __bytes__(self):
        return "no"
try:
    bytes(V(b"v"))
except TypeError as e:
    print(e)
print(bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(b"abc", "ascii") if False else "")

# An exact bytes repeated once (or an empty one, any number of times) is itself, as in
# CPython's bytes_repeat; subclasses and bytearrays get new objects; __index__ runs once.
a = b"123abc!?"
print(a * 1 is a, 1 * a is a, a * 2 is a, a * 0 == b"", a * -1 == b"")
e = b""
print(e * 5 is e, e * 0 is e)
class SubBytes(bytes):
    pass
b = SubBytes(b"0123abc*&")
print(b * 1 is b, type(b * 1).__name__, b * 1 == b, 1 * b is b)
ba = bytearray(b"xy")
print(ba * 1 is ba, ba * 1 == ba)
c = a
c *= 1
print(c is a)
class Idx:
    calls = 0
    def __index__(self):
        Idx.calls += 1
        return 1
print(a * Idx() is a, Idx.calls)
ba2 = bytearray(b"q")
ba2 *= Idx()
print(ba2, Idx.calls)
try:
    a * 2.0
except TypeError as e:
    print(e)
try:
    a * (1 << 62)
except OverflowError as e:
    print(e)

import copy, sys
for x in [0.0, -0.0, float('inf'), float('-inf')]:
    for y in [0.0, -0.0]:
        z = complex(x, y)
        print(repr(z), repr(z.real), repr(z.imag))
print(repr(complex(-0.0)), repr(complex('-0-0j')), repr(complex(0.0, -0.0) * 1))
for r in [range(True), range(False, True), range(0, 10, True)]:
    print(r, type(r.start).__name__, type(r.stop).__name__, type(r.step).__name__)
class MyInt(int): pass
r = range(MyInt(3))
print(type(r.stop).__name__)
s = slice(1, 10)
print(copy.copy(s) is s, copy.deepcopy(s) == s)
print(bytearray(b'abc').__alloc__() >= 3, bytearray().__alloc__())
try:
    print >> sys.stderr
except TypeError as e:
    print(e)
try:
    print >> 5
except TypeError as e:
    print(e)
try:
    max >> sys.stderr
except TypeError as e:
    print(e)

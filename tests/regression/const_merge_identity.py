# Equal constants of one code object are one object (CPython merges them): floats,
# big ints, bytes, tuples; values that only compare equal stay apart (0.0 / -0.0, 1 / 1.0
# / True, (1,) / (True,) / (1.0,)).
import math

a = 1.5
b = 1.5
print(a is b)
a = 2 ** 100 if False else 1267650600228229401496703205376
b = 1267650600228229401496703205376
print(a is b)
t1 = (1, 2, 'x', (3.5, None))
t2 = (1, 2, 'x', (3.5, None))
print(t1 is t2, t1 == t2)
print(b'ab' is b'ab')
z1 = 0.0
z2 = -0.0
print(z1 is z2, math.copysign(1, z2), math.copysign(1, z1))
tz1 = (0.0,)
tz2 = (-0.0,)
print(tz1 is tz2, math.copysign(1, tz2[0]))
print((1,) is (1.0,), (1,) is (True,), repr((1.0,)), repr((True,)))
i1 = 1
f1 = 1.0
print(i1 is f1, type(f1).__name__)


def f():
    return 3.25


def g():
    return 3.25


print(f() is f(), f() == g())
print(1e300 * 10 is 1e300 * 10)

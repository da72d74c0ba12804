# type.__doc__ returned the getset descriptor; int.__pow__(a, b, mod) rejected the modulus.
print(type.__doc__.splitlines()[0])
class M(type):
    pass
print(M.__doc__)
print(int.__pow__(2, 3, 5), int.__rpow__(3, 2, 5), int.__pow__(2, 3, None))
print((2).__pow__(3, 5.0), float.__pow__(2.0, 3, None))
try:
    float.__pow__(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (2).__pow__(3, 5, 6)
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
print(MyInt(2).__pow__(10, 1000), pow(MyInt(3), 2, 4))

# complex(z) and Subclass(z) of a complex keep a negative-zero imaginary part (it was
# added to 0.0, which loses the sign); two-argument forms as before.
import math
class complex2(complex): pass
INF = float('inf'); NAN = float('nan')
def sg(z): return (type(z).__name__, repr(z.real), repr(z.imag), math.copysign(1, z.real), math.copysign(1, z.imag))
for x in 0.0, -0.0, INF:
    for y in 0.0, -0.0, NAN:
        print(sg(complex2(x, y)), sg(complex(complex2(x, y))), sg(complex2(complex(x, y))))
def sg(z): return (z.real, z.imag, math.copysign(1, z.real), math.copysign(1, z.imag))
for x in (0.0, -0.0, 1.5, float('inf')):
    for y in (0.0, -0.0):
        print(sg(complex(x, y)))
print(sg(complex(-0.0)), sg(complex(1, -0.0)), sg(complex(-0.0, 1)), sg(complex(complex(1, -0.0))))
print(sg(complex(1j, -0.0)), sg(complex(-0.0j)), sg(complex(0j, -0.0)))
print(sg(complex('-0-0j')), sg(complex(0, -0.0) * 1), repr(complex(0.0, -0.0)), repr(complex(-0.0, -0.0)))
class F:
    def __float__(self): return -0.0
print(sg(complex(F(), F())))

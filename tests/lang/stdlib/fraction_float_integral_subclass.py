# float(Fraction) divides plain ints, whatever the numerator's and denominator's own
# (Integral subclass) true division does; big values stay correctly rounded.
from fractions import Fraction as F


class OddIntegral(int):
    def __truediv__(self, other):
        return NotImplemented
    __rtruediv__ = __truediv__

    def __mul__(self, other):
        return OddIntegral(int(self) * other)
    __rmul__ = __mul__


x = F(OddIntegral(1), OddIntegral(2), _normalize=False)
try:
    x.numerator / x.denominator
except TypeError as e:
    print('TypeError', e)
print(float(x), float(F(10**400 + 1, 3 * 10**399)), float(F(-1, 3)), complex(F(1, 4)))

from fractions import Fraction as F
from decimal import Decimal
import math
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(F(3, 4), F('0.75'), F('3/4'), F(' -1.5e-2 '), F(0.1), F(Decimal('0.25')), F(6, -8), repr(F(1, 3)))
print(F(0.1).limit_denominator(10), F(math.pi).limit_denominator(1000), F(3, 7).limit_denominator(2), F(1, 3).limit_denominator())
show(F(1, 3).limit_denominator, 0); show(F, 1, 0); show(F, 'x'); show(F, '1/0'); show(F, 1.5, 2); show(F, float('nan')); show(F, float('inf'))
print(F.from_float(0.5), F.from_decimal(Decimal('1.1')), F(5, 2).as_integer_ratio(), F(7).is_integer() if hasattr(F, 'is_integer') else None)
show(F.from_float, 'x'); show(F.from_decimal, 1.5)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, 2 ** F(1, 2), F(4, 9) ** F(1, 2))
print(a + 1, a + 0.5, 1 - a, a * 3, a == F(2, 6), a < 0.34, a > b, a == 1 / 3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), int(F(-7, 2)), float(F(1, 8)), math.trunc(F(9, 4)))
print(str(F(-5, 1)), F(10, 4).numerator, F(10, 4).denominator, divmod(F(7, 2), F(1, 3)), F(1, 2) + Decimal('0.5') if False else 'skip')
show(lambda: F(1) / 0); show(lambda: F(1, 2) + Decimal('0.5')); show(lambda: F(1, 2) ** 0.5); show(lambda: F(0) ** -1)
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]), max(F(2, 3), 0.6))
print(format(F(1, 3), '') if False else str(F(1, 3)), '%s / %r' % (F(2, 5), F(2, 5)))
show(format, F(1, 3), '.3f')
show(lambda: F(1, 2) < 'x')

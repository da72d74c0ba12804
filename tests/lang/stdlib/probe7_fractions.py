from fractions import Fraction as F
from decimal import Decimal
import math
print(F(3, 4) + F(1, 6), F(1, 3) * 3, F(-6, 8), F('3.1415'), F('1/3'), F(0.25), F(Decimal('1.1')), F(' -7/21 '))
print(repr(F(1, 2)), str(F(4, 2)), F(1, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2, 2 ** F(1, 2))
print(F(7, 3) // 1, F(7, 3) % 1, divmod(F(7, 3), F(1, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(3, 1) == 3, sorted([F(1, 2), F(1, 3), 0.4]))
print(F(math.pi).limit_denominator(1000), F(0.1).limit_denominator(), F(1, 3).as_integer_ratio(), F(5).is_integer() if hasattr(F, 'is_integer') else 'n/a')
print(F(1, 3).numerator, F(1, 3).denominator, float(F(1, 3)), int(F(-7, 2)), F(1, 2) + 0.5, F(1,2) + 1)
for bad in [('1/0',), (1, 0), ('x',), (1.5, 2), ('1.5/2',)]:
    try:
        print(F(*bad))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    F(1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(f'{F(1, 3)}', format(F(1,3), '') if True else '', sum([F(1, n) for n in range(1, 6)]))
print(F(10, 4).limit_denominator(1), abs(F(-1, 2)), -F(1, 2), +F(1, 2), F(1, 2) != F(2, 4))

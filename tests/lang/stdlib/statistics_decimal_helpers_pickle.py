# statistics: Decimal subclasses convert (Fraction -> MyDecimal), _isfinite,
# _integer_sqrt_of_frac_rto (CPython's names), correctly rounded Decimal square roots
# (stdev/pstdev of Decimals), NormalDist pickles at every protocol (it has __slots__).
import pickle
import statistics
from decimal import Decimal, getcontext
from fractions import Fraction
class MyDecimal(Decimal):
    def __truediv__(self, other):
        return self.__class__(super().__truediv__(other))
x = statistics._convert(Fraction(-15, 16), MyDecimal)
print(type(x).__name__, x, statistics._convert(Fraction(1, 40), Decimal))
print([statistics._isfinite(v) for v in (1.5, float('inf'), float('nan'), Decimal('1'), Decimal('-Infinity'), Decimal('NaN'), 3)])
print([statistics._integer_sqrt_of_frac_rto(n, m) for n, m in ((0, 1), (1, 1), (2, 1), (15, 4), (16, 4), (10**40 + 1, 3))])
print(statistics._decimal_sqrt_of_frac(10**100 + 7, 3**61), statistics._decimal_sqrt_of_frac(0, 5),
      statistics._decimal_sqrt_of_frac(-2, -3))
# many quotients whose double rounding lands next to the correctly rounded root
roots = [statistics._decimal_sqrt_of_frac(n * 7919, m) for n in range(1, 200) for m in (3, 7, 97, 1000003)]
print(sum(1 for r in roots if r.as_tuple().digits[-1] % 2), roots[::97])
print(statistics.stdev([Decimal('1.5'), Decimal('2.25'), Decimal('3.1'), Decimal('9')]),
      statistics.pstdev([Decimal(1), Decimal(2), Decimal(4)]))
nd = statistics.NormalDist(37.5, 5.625)
print([pickle.loads(pickle.dumps(nd, p)) == nd for p in range(pickle.HIGHEST_PROTOCOL + 1)], nd.__getstate__())

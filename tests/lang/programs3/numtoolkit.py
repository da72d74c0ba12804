from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, localcontext
import statistics
import math

def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def det(m):
    n = len(m)
    m = [row[:] for row in m]
    d = Fraction(1)
    for i in range(n):
        p = next((r for r in range(i, n) if m[r][i] != 0), None)
        if p is None:
            return Fraction(0)
        if p != i:
            m[i], m[p] = m[p], m[i]
            d = -d
        d *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            for c in range(i, n):
                m[r][c] -= f * m[i][c]
    return d

def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(aug[r][i]))
        aug[i], aug[p] = aug[p], aug[i]
        piv = aug[i][i]
        aug[i] = [x / piv for x in aug[i]]
        for r in range(n):
            if r != i:
                f = aug[r][i]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[i])]
    return [row[n:] for row in aug]

A = [[Fraction(2), Fraction(1), 1], [1, 3, 2], [1, 0, 0]]
print("det", det(A))
inv = inverse(A)
for row in inv:
    print(" ".join(f"{str(x):>6}" for x in row))
print(mat_mul(A, inv))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(-7, 3) // 2, Fraction(7, 3) % 1)
print(Fraction(1, 3).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), float(Fraction(1, 3)), Fraction(1, 3) == 1/3, Fraction(1, 2) == 0.5)
print(repr(Fraction(6, -4)), Fraction(6, -4).numerator, Fraction(6, -4).denominator, Fraction(3, 1).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

getcontext().prec = 28
amounts = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
total = sum(amounts)
print(total, total / 3, (total / 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("2.679").quantize(Decimal("0.1"), rounding=ROUND_DOWN))
print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.20"), Decimal("1.30") * 2, Decimal(0.1))
print(Decimal("10").sqrt(), Decimal("-0"), Decimal("1e3"), Decimal("1E+3") == 1000, Decimal("3.14159").as_tuple())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") * 1)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):.0%}", str(Decimal("1.000")), Decimal("1.000").normalize())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), divmod(Decimal(17), Decimal(5)))
print(sorted([Decimal("1.5"), Decimal("0.2"), Decimal("-3")]), max(Decimal(1), Decimal("1.0")), Decimal("1.5") < 2, int(Decimal("9.99")), float(Decimal("0.25")))

data = [2.5, 3.1, 4.7, 3.1, 5.0, 2.2, 3.9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(round(statistics.stdev(data), 6), round(statistics.pstdev(data), 6), round(statistics.variance(data), 6))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median([1, 3, 5, 7]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]))
print(statistics.multimode("aabbbcccd"), statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 10, 100]))
print(statistics.harmonic_mean([40, 60]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(math.gcd(48, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(1, -0.0), math.isclose(0.1 + 0.2, 0.3))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1) == math.e, math.degrees(math.pi), math.radians(180))
print(math.inf, -math.inf, math.nan, math.isnan(float("nan")), math.isinf(1e308 * 10), math.modf(3.75), math.frexp(8.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)

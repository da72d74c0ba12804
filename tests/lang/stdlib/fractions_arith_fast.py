# Fraction +, -, *, / keep operands small (gcd of denominators); results must be the
# same normalised fractions as the naive formulas, for all signs, zeros and int operands.
from fractions import Fraction as F
from math import gcd

def naive(n, d):
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d)
    return (n // g, d // g)

seed = 12345
def rnd(lo, hi):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return lo + seed % (hi - lo + 1)

bad = 0
vals = [F(0), F(1), F(-1), F(1, 2), F(-3, 4), F(6, 4), 3, -2, 0]
for _ in range(300):
    vals.append(F(rnd(-50, 50), rnd(1, 36)))
for i in range(0, len(vals) - 1):
    a, b = vals[i], vals[i + 1]
    if type(a) is int and type(b) is int:
        continue
    A, B = F(a), F(b)
    for op, res, want in [
        ("+", a + b, naive(A.numerator * B.denominator + B.numerator * A.denominator, A.denominator * B.denominator)),
        ("-", a - b, naive(A.numerator * B.denominator - B.numerator * A.denominator, A.denominator * B.denominator)),
        ("*", a * b, naive(A.numerator * B.numerator, A.denominator * B.denominator)),
    ]:
        if (res.numerator, res.denominator) != want or type(res) is not F:
            bad += 1
            print("mismatch", a, op, b, res, want)
    if B != 0:
        q = a / b
        if (q.numerator, q.denominator) != naive(A.numerator * B.denominator, A.denominator * B.numerator):
            bad += 1
            print("mismatch", a, "/", b, q)
print("mismatches:", bad)
print(F(1, 2) + F(-1, 2), F(1, 6) - F(1, 6), F(0) * F(5, 7), F(5, 7) * 0, F(0) / F(3, 4), repr(F(3, 4) * F(4, 3)))
print(F(-3, 4) / F(-9, 8), F(3, 4) / -3, 2 / F(4, 6), 1 - F(1, 3), F(1, 3) + 2)
for e in ["F(1, 2) / F(0)", "F(1, 2) / 0", "F(0) / F(0)", "F(-3, 4) / F(0)", "F(6, 4) / 0"]:
    try:
        eval(e)
    except ZeroDivisionError as ex:
        print(e, "->", ex)
h = F(0)
for i in range(1, 200):
    h += F(1, i)
print(h.denominator.bit_length(), h.numerator % 1000003)

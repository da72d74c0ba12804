# Decimal compared with Fraction (magnitudes far apart decided without huge ints),
# with complex (equality only; imag != 0 is unequal), with float under a FloatOperation trap.
from decimal import Decimal as D, getcontext, FloatOperation, localcontext
from fractions import Fraction as F
import random
vals = [D('-1e425000000'), D('1e-425000000'), D('-1e-425000000'), D('1e999999999'), D('0'), D('-0'),
        D('1.3'), D('1.414213562373095048801688724'), D('7e200'), D('-3.14'), D('1e-320'),
        D('123456789e-5'), D('1234.5678')]
fr = [F(-22, 7), F('1.2'), F(275807, 195025), F(114243, 80782), F(473596569, 84615), F(0), F(1, 10**400),
      F(10**300, 3), F(-1, 10**500), F(123456789, 100000), F(12345678, 10000)]
for d in vals:
    print([ (d < f, d == f, d > f, f < d, f == d) for f in fr])
z = 1.0 + 0j
for v in 1, 1.0, F(1), D(1), complex(1), D('1.5'):
    print(z == v, v == z, z != v, v != z)
print(D(1) == 1 + 1j, D(1) != 1 + 1j)
with localcontext() as c:
    c.traps[FloatOperation] = True
    print(D('1.5') == 1.5, D(2) != 2.0 + 0j, c.flags[FloatOperation])
    try:
        D(1) < 1.5
    except FloatOperation as e:
        print('FloatOperation', type(e).__mro__[1].__name__)
    try:
        D(1) < 1.5 + 0j
    except TypeError as e:
        print('TypeError', e)
random.seed(5)
bad = 0
for i in range(2000):
    d = D(random.randint(-10**6, 10**6)).scaleb(random.randint(-30, 30))
    f = F(random.randint(-10**9, 10**9), random.randint(1, 10**9))
    if (d < f) != (d.as_integer_ratio()[0] * f.denominator < f.numerator * d.as_integer_ratio()[1]):
        bad += 1
print('random mismatches', bad)

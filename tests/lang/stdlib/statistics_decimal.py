from statistics import *
from decimal import Decimal as D
from fractions import Fraction as F
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
d = [D('1.5'), D('2.25'), D('3.125'), D('10')]
for f in (mean, median, median_low, median_high, mode, pstdev, pvariance, stdev, variance, harmonic_mean, quantiles):
    t(f, d)
t(mean, [D(1), 2]); t(mean, [D(1), F(1, 2)]); t(variance, [D('0.1'), D('0.2'), D('0.4')]); t(stdev, [D(1), D(2)])
t(fmean, d); t(geometric_mean, d); t(mean, [F(1, 3), 1.5]); t(median_grouped, d)

import statistics as st
from fractions import Fraction as F
import math
seed = 4242
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed / 2**64
for i in range(60):
    n = 2 + int(rnd() * 12)
    kind = i % 3
    if kind == 0: data = [int(rnd() * 1000) - 500 for _ in range(n)]
    elif kind == 1: data = [(rnd() - 0.5) * 10 ** int(rnd() * 10 - 5) for _ in range(n)]
    else: data = [F(int(rnd() * 100) - 50, 1 + int(rnd() * 30)) for _ in range(n)]
    out = []
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.pstdev, st.pvariance, st.stdev, st.variance, st.quantiles, st.median_grouped, st.multimode):
        try: out.append(repr(f(data)))
        except Exception as e: out.append(type(e).__name__)
    pos = [abs(x) + 1 for x in data]
    for f in (st.geometric_mean, st.harmonic_mean):
        try: out.append(repr(f(pos)))
        except Exception as e: out.append(type(e).__name__)
    print(' '.join(out))
    a = F(int(rnd() * 10**6) - 5 * 10**5, 1 + int(rnd() * 10**6)); b = F(int(rnd() * 1000) - 500, 1 + int(rnd() * 1000))
    x = rnd() * 100 - 50
    r = [a + b, a - b, a * b, a / b if b else 0, a // b if b else 0, a % b if b else 0, a ** 3, a + x, x * a, a < x, a == x, hash(a), round(a, 3), round(a), a.limit_denominator(100), a.limit_denominator(7), F(x), F(x).limit_denominator(1000), F(repr(x))]
    print(' '.join(map(repr, r)))

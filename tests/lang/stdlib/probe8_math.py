import math
def show(f, *a):
    try:
        print(f.__name__, a, '->', repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, '->', type(e).__name__, e)
for a in [(0,), (15,), (16,), (10**30,), (-1,), (2.0,), ('4',), (True,)]:
    show(math.isqrt, *a)
for a in [(5, 2), (10, 0), (3, 5), (-1, 2), (5, -1), (50, 25), (5.0, 2), (10**3, 3)]:
    show(math.comb, *a)
for a in [(5,), (5, 2), (5, 0), (3, 5), (5, -1), (-2,)]:
    show(math.perm, *a)
show(math.prod, [1, 2, 3, 4]); show(math.prod, []); show(math.prod, [1.5, 2], ); show(math.prod, ['a', 2])
print(math.prod([2, 3], start=10), math.prod(range(1, 21)))
show(math.fsum, [0.1] * 10); show(math.fsum, [1e100, 1.0, -1e100]); show(math.fsum, [float('inf'), 1]); show(math.fsum, [float('inf'), float('-inf')])
print(sum([0.1] * 10), math.fsum([]))
show(math.dist, (0, 0), (3, 4)); show(math.dist, (1,), (1, 2)); show(math.dist, [1, 2], [3, 4])
show(math.hypot); show(math.hypot, 3, 4, 12); show(math.hypot, -5); show(math.hypot, float('inf'), float('nan'))
show(math.nextafter, 1.0, 2.0); show(math.nextafter, 0.0, -1.0); show(math.nextafter, 1.0, 1.0)
show(math.ulp, 1.0); show(math.ulp, 0.0); show(math.ulp, 1e300); show(math.ulp, float('inf'))
show(math.remainder, 10, 3); show(math.remainder, 11, 2); show(math.remainder, 5, 0); show(math.remainder, float('inf'), 1)
show(math.fmod, 10, 3); show(math.fmod, -10, 3); show(math.fmod, 1, 0)
show(math.log, 8, 2); show(math.log, 100, 10); show(math.log, 0); show(math.log, -1); show(math.log, 8, 1); show(math.log, 10**400); show(math.log, 2, 0.5)
show(math.log2, 1024); show(math.log10, 0.001); show(math.log1p, -1); show(math.exp, 1000); show(math.expm1, 1e-10)
show(math.sqrt, -1); show(math.pow, 0, -1); show(math.pow, 2, 0.5); show(math.pow, -8, 1/3)
show(math.factorial, 20); show(math.factorial, -1); show(math.factorial, 5.0); show(math.factorial, 2.5)
show(math.gcd, 12, 18, 27); show(math.gcd); show(math.lcm, 4, 6, 10); show(math.lcm, 0, 5); show(math.gcd, 2.0, 4)
show(math.floor, 2.7); show(math.ceil, -2.2); show(math.trunc, -2.7); show(math.floor, float('inf')); show(math.ceil, float('nan'))
show(math.isclose, 1.0, 1.0 + 1e-10); show(lambda: math.isclose(0, 1e-12, abs_tol=1e-9)); show(lambda: math.isclose(1, 2, rel_tol=-1))
show(math.copysign, 3, -0.0); show(math.frexp, 8.0); show(math.ldexp, 0.5, 4); show(math.modf, -3.25)
show(math.degrees, math.pi); show(math.radians, 180); show(math.atan2, 1, -1); show(math.acos, 2)
show(math.gamma, 0.5); show(math.lgamma, 10); show(math.gamma, 0); show(math.gamma, -1.0); show(math.erf, 1); show(math.erfc, 1)
print(math.inf, -math.inf, math.nan, math.tau, math.e, math.isfinite(1e308 * 10), math.isnan(math.nan), math.isinf(-math.inf))
show(math.cbrt if hasattr(math, 'cbrt') else abs, 27)
show(math.sumprod if hasattr(math, 'sumprod') else abs, -3)

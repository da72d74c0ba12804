import math
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh,
          math.tanh, math.asinh, math.atanh, math.exp, math.expm1, math.log1p, math.sqrt,
          math.fabs, math.degrees, math.radians, math.erf, math.erfc, math.exp2):
    for x in (0, 0.5, -0.5, 0.25, 1e-10, -0.0):
        t(f, x)
for x in (1, 2, 10, 1.5, 100):
    t(math.acosh, x); t(math.log, x); t(math.log2, x); t(math.log10, x)
for x in (2.5, -2.5, 3, -3.7, 1e20, True, 0.0, -0.0):
    t(math.floor, x); t(math.ceil, x); t(math.trunc, x)
print(type(math.floor(2.5)), type(math.ceil(2)), math.floor(2**100 + 0.0))
class C:
    def __floor__(self): return "fl"
    def __ceil__(self): return "ce"
    def __trunc__(self): return "tr"
    def __float__(self): return 2.5
print(math.floor(C()), math.ceil(C()), math.trunc(C()), math.sqrt(C()))
class F:
    def __float__(self): return 7.5
print(math.floor(F()), math.ceil(F()))
class Idx:
    def __index__(self): return 12
print(math.sqrt(Idx()), math.factorial(Idx()), math.gcd(Idx(), 18))
t(math.pow, 2, 10); t(math.pow, 2, 0.5); t(math.pow, -8, 1/3); t(math.pow, 0, 0); t(math.pow, math.inf, -1)
t(math.pow, -math.inf, 3); t(math.pow, math.nan, 0); t(math.pow, 1, math.nan); t(math.pow, 0.5, -math.inf)
t(math.atan2, 1, 1); t(math.atan2, -0.0, -1); t(math.copysign, 3, -0.0); t(math.fmod, -7, 3); t(math.fmod, 7, math.inf)
t(math.remainder, 7, 3); t(math.remainder, 5, 2); t(math.remainder, 7, math.inf)
t(math.frexp, 8.0); t(math.frexp, 0.0); t(math.frexp, -3.75); t(math.frexp, math.inf)
t(math.ldexp, 0.5, 4); t(math.ldexp, 1.0, -1074); t(math.ldexp, 1.0, -1080); t(math.ldexp, 1.0, 1024); t(math.ldexp, math.inf, -5)
t(math.modf, 3.25); t(math.modf, -3.25); t(math.modf, math.inf); t(math.modf, -math.inf)
t(math.isfinite, 1e308); t(math.isinf, -math.inf); t(math.isnan, math.nan); t(math.isnan, 1)
t(math.isclose, 1.0, 1.0 + 1e-10); t(math.isclose, 1.0, 1.1); t(math.isclose, 1.0, 1.1, rel_tol=0.2)
t(math.isclose, 0.0, 1e-10); t(math.isclose, 0.0, 1e-10, abs_tol=1e-9); t(math.isclose, math.inf, math.inf); t(math.isclose, math.inf, 1e308)
t(math.nextafter, 1.0, 2.0); t(math.nextafter, 0.0, -1.0); t(math.ulp, 1.0); t(math.ulp, 1e308); t(math.ulp, -math.inf); t(math.ulp, 1.7976931348623157e308)
t(math.hypot); t(math.hypot, 3, 4); t(math.hypot, -5); t(math.hypot, 1, 2, 3); t(math.hypot, math.inf, math.nan); t(math.hypot, math.nan, 1)
t(math.hypot, 1e-320, 1e-320); t(math.hypot, 1e308, 1e308); t(math.hypot, 0.1, 0.2, 0.3, 0.4)
t(math.dist, (0, 0), (3, 4)); t(math.dist, [1.5, 2.5, 3.5], [0.1, 0.2, 0.3]); t(math.dist, (), ())
t(math.fsum, [0.1] * 10); t(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]); t(math.fsum, [])
t(math.fsum, [math.inf, 1]); t(math.fsum, [math.nan, 1]); t(math.fsum, iter([1, 2, 3])); t(math.fsum, [0.1, 0.2, 0.3])
t(math.fsum, [1, 1e-16, 1e-16]); t(math.fsum, ['a'])
t(math.cbrt, 8); t(math.cbrt, 0.001); t(math.exp2, 10); t(math.exp2, -1)
t(math.gamma, 5); t(math.gamma, 1); t(math.gamma, 23); t(math.lgamma, 1); t(math.lgamma, 2); t(math.lgamma, math.inf); t(math.lgamma, -math.inf)
t(math.gamma, math.inf); t(math.gamma, -math.inf); t(math.gamma, math.nan)
t(math.log, 100, 10); t(math.log, 2**1024); t(math.log2, 2**1024); t(math.log10, 10**1000); t(math.log, 10**1000, 10)
t(math.log, 2.0**-1074); t(math.log, math.inf); t(math.log, math.nan); t(math.log, -math.inf); t(math.log, True)
t(math.sqrt, -0.0); t(math.sqrt, math.inf); t(math.exp, -1000); t(math.exp, math.inf); t(math.exp, -math.inf)

import cmath, math
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
inf = math.inf; nan = math.nan
for z in (complex(inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 0), complex(-inf, 1), complex(1, nan)):
    for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
        t(f, z)
t(cmath.log, 0); t(cmath.exp, 1000); t(cmath.atanh, 1); t(cmath.atanh, -1); t(cmath.cosh, 1000); t(cmath.sinh, complex(1000, 1)); t(cmath.log10, 0); t(cmath.sqrt, 'x'); t(cmath.log, 1, 0); t(cmath.log, 1, 1); t(cmath.log, 2, 1)
t(cmath.rect, 1, inf); t(cmath.rect, inf, 0); t(cmath.polar, complex(inf, nan)); t(cmath.phase, -0.0); t(cmath.phase, complex(-1, -0.0))
t(cmath.sqrt); t(cmath.log); t(cmath.rect, 1); t(cmath.isclose, 1, 1+1e-10j)

import cmath, math
vals = [0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2+3j, 3-4j, 1e-8+1e-8j, 100+1j, -0.0+0j, complex(0.0, -0.0), 1e300+1e300j, 2, -3.5, 0.25]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
for n in names:
    f = getattr(cmath, n)
    out = []
    for z in vals:
        try: out.append(repr(f(z)))
        except Exception as e: out.append(type(e).__name__)
    print(n, ' '.join(out))
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for z in (1, -1, 1j, -1j, 3+4j, -0.0, complex(-1, -0.0), 2.5):
    print(cmath.phase(z), cmath.polar(z))
t(cmath.rect, 2, 0); t(cmath.rect, 2, math.pi / 2); t(cmath.rect, 1, math.pi); t(cmath.rect, 0, 1); t(cmath.rect, 'a', 1)
t(cmath.log, 8, 2); t(cmath.log, 1j, 2j); t(cmath.log, -1); t(cmath.log10, 100); t(cmath.log10, -100)
t(cmath.isclose, 1+1j, 1+1.0000000001j); t(cmath.isclose, 1j, 1.1j, rel_tol=0.2); t(cmath.isclose, 0j, 1e-10, abs_tol=1e-9); t(cmath.isclose, 1, 2, rel_tol=-1)
t(cmath.isfinite, 1+2j); t(cmath.isinf, complex(1, math.inf)); t(cmath.isnan, complex(math.nan, 1)); t(cmath.isnan, 1)
class C:
    def __complex__(self): return 3+4j
class D:
    def __float__(self): return 2.0
class E:
    def __complex__(self): return 5
t(cmath.sqrt, C()); t(cmath.sqrt, D()); t(cmath.sqrt, E()); t(cmath.sqrt, None); t(cmath.exp, 2**2000)
t(cmath.sqrt, -4); t(cmath.sqrt, True); t(cmath.exp, math.pi * 1j); t(cmath.polar, 1e308+1e308j)

# Every math and cmath function over a few thousand deterministic arguments (edge cases
# and pseudo-random values over many magnitudes), compared bit for bit: one SHA-256 per
# function over float.hex() of each result (or the exception's type and message), plus
# the individual results for a small set. The freestanding enclave image must print the
# same as plain safepy and CPython (tests/enclave/run_freestanding.sh runs it there).
import cmath
import hashlib
import math

seed = 0x5AFE9
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 11          # 53 random bits

def rnd_float(lo_exp, hi_exp):
    m = rnd() | (1 << 52)      # a full 53-bit significand
    e = lo_exp + rnd() % (hi_exp - lo_exp + 1)
    x = math.ldexp(m, e - 52)
    return -x if rnd() & 1 else x

inf = float('inf')
nan = float('nan')
EDGE = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 0.1, 1e-8, -1e-8, 3.0, 10.0, 100.0,
        inf, -inf, nan, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -1.7976931348623157e308, math.pi, math.pi / 2, -math.pi / 2, math.pi / 4, 2 * math.pi,
        math.e, 1e22, -1e22, 1e300, 1e-300, 0.7853981633974483, 709.782712893384,
        -745.1332191019411, 710.0, -746.0, 0.9999999999999999, 1.0000000000000002,
        -0.9999999999999999, 22.0, 700.0, 1e16, 2.0 ** 1023, 2.0 ** -1022, 0.25, 6.5, -6.5]

def args1(n):
    xs = list(EDGE)
    for _ in range(n):
        xs.append(rnd_float(-4, 4))      # ordinary magnitudes
    for _ in range(n // 4):
        xs.append(rnd_float(-60, 60))    # wide
    for _ in range(n // 8):
        xs.append(rnd_float(-1074, 1023))  # anywhere
    return xs

def show(v):
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, complex):
        return v.real.hex() + ',' + v.imag.hex()
    if isinstance(v, tuple):
        return '(' + ' '.join(show(p) for p in v) + ')'
    return repr(v)

def attempt(f, *a):
    try:
        return show(f(*a))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)

def report(name, f, arglist, nshow=6):
    h = hashlib.sha256()
    for a in arglist:
        h.update((attempt(f, *a) + '\n').encode())
    print(name, len(arglist), h.hexdigest()[:32])
    for a in arglist[:: max(1, len(arglist) // nshow)][:nshow]:
        print('   ', name, show(a if len(a) > 1 else a[0]), '->', attempt(f, *a))

ONE = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh',
       'degrees', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'floor', 'frexp', 'gamma',
       'isfinite', 'isinf', 'isnan', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf',
       'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
xs = [(x,) for x in args1(200)]
for name in ONE:
    report('math.' + name, getattr(math, name), xs)

pairs = []
for i in range(600):
    a = xs[i % len(xs)][0]
    b = xs[(i * 7 + 3) % len(xs)][0] if i % 3 else rnd_float(-3, 3)
    pairs.append((a, b))
for name in ['atan2', 'copysign', 'fmod', 'hypot', 'nextafter', 'pow', 'remainder', 'log']:
    report('math.' + name, getattr(math, name), pairs)
report('math.ldexp', math.ldexp, [(x[0], (i % 41) - 20) for i, x in enumerate(xs)])
report('math.dist', math.dist, [((a, b), (b, a / 3)) for a, b in pairs])
report('math.isclose', math.isclose, pairs)
report('math.fsum', lambda *v: math.fsum(v), [(a, b, -a, b * 3, 1e-3) for a, b in pairs])
report('math.prod', lambda *v: math.prod(v), [(a, b, 0.5) for a, b in pairs])
report('math.hypot3', math.hypot, [(a, b, a * b) for a, b in pairs])
ints = [(n, k) for n in range(0, 60, 3) for k in range(0, 40, 4)]
for name in ['comb', 'perm', 'gcd', 'lcm']:
    report('math.' + name, getattr(math, name), ints)
report('math.isqrt', math.isqrt, [(n * n * 7919 + n,) for n in range(300)])
report('math.factorial', math.factorial, [(n,) for n in range(0, 120, 7)])

# cmath: complex arguments from the same values (edge parts included)
zs = []
for i in range(700):
    a = xs[(i * 5) % len(xs)][0]
    b = xs[(i * 11 + 1) % len(xs)][0] if i % 4 else rnd_float(-4, 4)
    zs.append((complex(a, b),))
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
             'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite',
             'isinf', 'isnan']:
    report('cmath.' + name, getattr(cmath, name), zs)
report('cmath.rect', cmath.rect, pairs)
report('cmath.log2', cmath.log, [(z[0], 2.5) for z in zs])
report('cmath.isclose', cmath.isclose, [(z[0], z[0] * (1 + 1e-10)) for z in zs])
report('complex.pow', lambda z, w: z ** w, [(zs[i][0], zs[(i * 3 + 1) % len(zs)][0]) for i in range(0, 700, 2)])
report('complex.div', lambda z, w: z / w, [(zs[i][0], zs[(i * 3 + 1) % len(zs)][0]) for i in range(0, 700, 2)])
report('float.pow', lambda a, b: a ** b, pairs)

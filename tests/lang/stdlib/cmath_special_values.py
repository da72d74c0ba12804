import cmath, math
inf, nan = math.inf, math.nan
sp = [0.0, -0.0, inf, -inf, nan]
fin = [1.0, -1.0, 0.5, 3.0, -3.0, 1e300, -1e-300, math.pi / 2, -math.pi, 710.0]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
def enc(z):
    return '(%r,%r)' % (math.copysign(1, z.real) * abs(z.real) if z.real == z.real else 'nan', z.imag if z.imag == z.imag else 'nan') if isinstance(z, complex) else repr(z)
for n in names:
    f = getattr(cmath, n)
    out = []
    for a in sp + fin:
        for b in sp + fin:
            if a in fin and b in fin: continue
            try: r = f(complex(a, b)); out.append(repr(r))
            except Exception as e: out.append(type(e).__name__[:3])
    print(n, ' '.join(out))

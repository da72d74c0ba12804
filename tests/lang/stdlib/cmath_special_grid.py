import cmath, math
inf, nan = math.inf, math.nan
sp = [0.0, -0.0, 2.0, -2.0, inf, -inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
for n in names:
    f = getattr(cmath, n)
    for a in sp:
        out = []
        for b in sp:
            try: out.append(repr(f(complex(a, b))))
            except Exception as e: out.append(type(e).__name__)
        print(n, a, ' '.join(out))

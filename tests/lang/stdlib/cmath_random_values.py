import cmath
seed = 55555
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed / 2**64
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
for i in range(300):
    sc = 10 ** int(rnd() * 8 - 4)
    z = complex((rnd() - 0.5) * sc, (rnd() - 0.5) * sc)
    r = []
    for n in names:
        try: r.append(repr(getattr(cmath, n)(z)))
        except Exception as e: r.append(type(e).__name__)
    r.append(repr(cmath.polar(z))); r.append(repr(cmath.rect(abs(z), cmath.phase(z))))
    print(repr(z), ' '.join(r))

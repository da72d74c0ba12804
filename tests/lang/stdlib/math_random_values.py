import math
seed = 987654321
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed / 2**64
for i in range(400):
    x = (rnd() - 0.3) * 10 ** int(rnd() * 5 - 1)
    r = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.expm1, math.log1p, math.cbrt, math.asinh, math.acosh, math.atanh):
        try: r.append(repr(f(x)))
        except Exception as e: r.append(type(e).__name__)
    print(repr(x), ' '.join(r))

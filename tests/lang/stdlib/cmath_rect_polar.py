import cmath, math
inf, nan = math.inf, math.nan
sp = [0.0, -0.0, 1.0, -1.0, 2.5, inf, -inf, nan]
for r in sp:
    out = []
    for phi in sp + [math.pi / 2, math.pi, -math.pi / 4]:
        try: out.append(repr(cmath.rect(r, phi)))
        except Exception as e: out.append(type(e).__name__)
    print(r, ' '.join(out))
for a in sp:
    out = []
    for b in sp:
        z = complex(a, b)
        try: out.append(repr(cmath.polar(z)) + repr(cmath.phase(z)) + str(cmath.isfinite(z)) + str(cmath.isinf(z)) + str(cmath.isnan(z)) + str(cmath.isclose(z, z)))
        except Exception as e: out.append(type(e).__name__)
    print(a, ' '.join(out))

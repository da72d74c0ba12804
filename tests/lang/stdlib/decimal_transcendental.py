from decimal import *
D = Decimal
vals = ['0.5', '2', '3.7', '10', '100', '0.001', '-1', '-0.5', '12.5', '1e-10', '123456.789', '0.999999', '1.000001', '-20', '50']
for p in (5, 28, 40):
    getcontext().prec = p
    out = []
    for v in vals:
        d = D(v)
        r = []
        for f in ('exp', 'ln', 'log10', 'sqrt'):
            try: r.append(str(getattr(d, f)()))
            except Exception as e: r.append(type(e).__name__)
        for y in ('0.5', '2.5', '-1.5', '3', '0.1'):
            try: r.append(str(d ** D(y)))
            except Exception as e: r.append(type(e).__name__)
        out.append(v + ': ' + ' '.join(r))
    print('\n'.join(out))

# decimal: Context.flags/traps compare equal as mappings; a power's overflow, divmod(inf, x),
# sNaN in ==/!=, sqrt(-inf), pow(0, 0, m), exact ln(1.000) and 1 ** n, exp() far below the
# subnormal range and of large negative arguments, quantize's Subnormal flag (test_decimal).
from decimal import *
import operator
import decimal
from decimal import *
c = Context()
d = c.copy()
print(c.flags == {k: False for k in c.flags})
print(d.flags.__eq__(c.flags))
print(c.flags == d.flags, c.flags == c.traps)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
with localcontext() as c:
    c.prec = 1; c.Emax = 1; c.Emin = -1
    c.traps[Overflow] = False
    t(lambda: Decimal(10000) ** Decimal("0.5"))
    print(c.flags[Overflow])
with localcontext() as c:
    c.traps[InvalidOperation] = False
    t(lambda: divmod(Decimal("inf"), 101))
    t(lambda: divmod(Decimal("-inf"), 7))
    t(lambda: divmod(Decimal("inf"), Decimal('-0')))
    t(lambda: Decimal('inf') // 3)
    t(lambda: Decimal('inf') % 3)
    t(lambda: Decimal(0) ** 0)
    t(lambda: pow(Decimal(0), 0, 1))
    t(lambda: Decimal(-1).sqrt())
    t(lambda: Decimal('-inf').sqrt())
with localcontext() as c:
    c.traps[InvalidOperation] = True
    for x, y in [(Decimal('sNaN'), 1), (Decimal('1'), Decimal('sNaN1')), (Decimal('NaN'), 1)]:
        t(lambda: x == y); t(lambda: x != y); t(lambda: x < y)
t(lambda: Decimal('sNaN') == Decimal('sNaN'))
t(lambda: Decimal('NaN') == Decimal('NaN'))
t(lambda: Decimal('sNaN') == 1.5)
t(lambda: Decimal('sNaN') in [1])
t(lambda: Decimal('1.000').ln())
t(lambda: Decimal(1) ** 100000000)
t(lambda: Decimal('1.0') ** 100)
t(lambda: Decimal(-100000000).exp())
t(lambda: Decimal('1E-18') ** Decimal('0.5'))
t(lambda: Decimal(10).log10())
t(lambda: Decimal('1000').log10())
t(lambda: Decimal('0.01').log10())
t(lambda: Decimal('1E-1000').quantize(Decimal('1e-1005')))
t(lambda: getcontext().flags[Subnormal])
t(lambda: Decimal(3).quantize(Decimal('1E-1005'), context=Context(Emin=-999, prec=28)))
import decimal
for s in ['-1e6', '-2000', '-1', '-0.5', '1e-30', '5', '100', '2302', '2303', '-2400', '1e6', '-1e7', '-2302585', '-2302590']:
    for c in [Context(), Context(prec=9, Emax=999, Emin=-999)]:
        c.traps[Overflow] = False
        try:
            print(s, c.exp(Decimal(s)), sorted(k.__name__ for k, v in c.flags.items() if v))
        except Exception as e: print(s, type(e).__name__)
for s in ['1', '1.000', '10', '0.1', '1E+2', '-1E+2', '1E-5', '10.0']:
    for n in [0, 1, 5, -3, 2001, 100000000, -100000000]:
        c = Context(); c.traps[Overflow] = False; c.traps[InvalidOperation] = False
        try: print(s, n, c.power(Decimal(s), n), sorted(k.__name__ for k, v in c.flags.items() if v))
        except Exception as e: print(s, n, type(e).__name__)
print(Decimal('1.000').ln(), Decimal('1.0000000000000000000000000000000001').ln(), Decimal('0.99').ln())
for s in ['100', '1E+2', '0.010', '-10', '1', '1.0']:
    for n in [-1, -2, -3, 2, 3, 30]:
        c = Context(prec=5)
        print(s, n, c.power(Decimal(s), n), sorted(k.__name__ for k, v in c.flags.items() if v))

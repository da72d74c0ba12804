from decimal import *
import decimal, math
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for v in ('2.5', '3.5', '-2.5', '2.51', '-2.49', '0.05', '1.15', '-0.5', '9.95', '10.05', '2.0', '-7.51'):
    print(v, [str(Decimal(v).quantize(Decimal('0.1') if '.' in v and len(v.split('.')[1]) > 1 else Decimal(1), rounding=m)) for m in modes])
for p in (1, 3, 7, 15):
    with localcontext(prec=p) as c:
        print(p, Decimal(2).sqrt(), Decimal(1) / 7, Decimal('123456789.987654321') * 1, Decimal(10) ** 20 + 1, Decimal('0.1') + Decimal('0.2'))
with localcontext() as c:
    c.prec = 6
    for m in modes:
        c.rounding = m
        print(m, Decimal(2) / 3, Decimal(-2) / 3, Decimal('1234567.5') + 0, Decimal('-1234567.5') + 0)
for s in ('0', '-0', '0.000', '1.000', '1e+3', '1E-3', '-1.5e-8', '123456789012345678901234567890', '1e1000', '0e-50', '12.34e2', '+.1', '000123', '-00.0100'):
    d = Decimal(s); print(s, str(d), repr(d), d.as_tuple(), d.adjusted(), d.to_eng_string(), d.normalize(), float(d), hash(d) == hash(float(d)) if d == float(d) else '-')
for s in ('', ' ', '1.2.3', 'e5', '1e', 'abc', '1_', '_1', '1__0', '0x10', '١٢٣', 'Infinityx', 'nan1x'):
    t(Decimal, s)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(Decimal('abc'), Decimal(0) / 0, Decimal('inf') * 0, Decimal(-4).sqrt(), Decimal(1).quantize(Decimal('1e-40')), c.flags[InvalidOperation], c.flags[DivisionByZero])
    c.traps[DivisionByZero] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(5) // 0, c.flags[DivisionByZero])
    c.traps[Overflow] = False
    print(Decimal('9e999999') * 10, -Decimal('9e999999') * 10, c.flags[Overflow])
print(Decimal('1e-999999') / 10, Decimal('1e-1000026'), Decimal('1e-1000028') + 0)
t(lambda: Decimal('NaN') < 1); t(lambda: Decimal('NaN') == 1); t(lambda: Decimal('sNaN') + 1); t(lambda: hash(Decimal('sNaN'))); t(lambda: int(Decimal('nan'))); t(lambda: int(Decimal('-inf'))); t(lambda: round(Decimal('inf')))
t(float, Decimal('sNaN')); t(float, Decimal('-inf')); t(math.floor, Decimal('-2.5')); t(math.ceil, Decimal('-2.5')); t(math.trunc, Decimal('-2.5')); t(round, Decimal('-2.567'), 1); t(round, Decimal('1234'), -2)
print(Decimal('1.5') + 1, 1 + Decimal('1.5'), 3 - Decimal('0.5'), 2 * Decimal('0.25'), 1 / Decimal(8), 7 // Decimal(2), 7 % Decimal('2.5'), 2 ** Decimal(3), divmod(7, Decimal(2)), -Decimal('1.0'), +Decimal('-0'), abs(Decimal('-0.0')))
print(Decimal(10) % Decimal(3), Decimal(-10) % Decimal(3), Decimal(10) % Decimal(-3), Decimal('10.5') % Decimal('0.3'), Decimal(-10) // Decimal(3), Decimal('12.0') // Decimal('0.5')); t(lambda: Decimal('1e30') // 7)
t(lambda: Decimal('1e30') // Decimal('1e-30')); t(lambda: Decimal([1])); t(lambda: Decimal((2, (1,), 0))); t(lambda: Decimal((0, (1, 10), 0))); t(Decimal, (1, (1, 2), 'F'))
print(Decimal(3) ** -2, Decimal('1.5') ** 3, Decimal(-2) ** 3, Decimal(0) ** 5, Decimal(7) ** 0, Decimal('0.1') ** 30, Decimal(10) ** 28, Decimal(10) ** 29, pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 7))
t(lambda: Decimal(0) ** 0); t(lambda: Decimal(0) ** -1); t(lambda: Decimal(-8) ** Decimal('0.5')); t(lambda: Decimal(4) ** Decimal('0.5')); t(lambda: Decimal(2) ** Decimal('1.5'))
print(Decimal(1).exp(), Decimal(0).exp(), Decimal(-1).exp(), Decimal(10).ln(), Decimal(2).ln(), Decimal(100).log10(), Decimal(2).log10(), Decimal('0.5').ln(), Decimal(1).ln())
print(Decimal(1) == Decimal('1.00'), Decimal('0.1') < 0.1, Decimal(2) > 1.5, Decimal(1) <= 1, Decimal('inf') > 10**100, Decimal('-inf') < -1e308, max(Decimal(1), Decimal('1.0')), min([Decimal(3), 2, Decimal('2.5')]))
from fractions import Fraction
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), Decimal('0.25').as_integer_ratio(), Fraction(Decimal('1.25')), Decimal('-0').is_signed(), Decimal(5).is_normal(), Decimal('1e-999999').is_subnormal())
for spec in ('', '.2f', '10.3f', '<10', '^10', '*>12.1f', '+', ' ', ',', ',.2f', '_', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '010.2f', '0=10', '#.0f', '.0f', 'f', 'n'):
    out = []
    for v in ('1234.5678', '-0.000123', '1e10', '0', '-0', '123456789', 'inf', 'NaN', '0.5', '2.5'):
        try: out.append(format(Decimal(v), spec))
        except Exception as e: out.append(type(e).__name__)
    print(repr(spec), out)
c = getcontext(); print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
t(setattr, c, 'prec', 0); t(setattr, c, 'Emax', -1); t(setattr, c, 'foo', 1); t(setcontext, 5)
c2 = Context(prec=5, rounding=ROUND_DOWN); print(c2, c2.create_decimal('1.23456789'), c2.add(1, 2), c2.divide(1, 3), c2.sqrt(2), c2.power(2, 10), c2.quantize(Decimal('1.2345'), Decimal('0.01')))
print(decimal.DefaultContext.prec, decimal.BasicContext.prec, decimal.ExtendedContext.rounding, decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
with localcontext(Context(prec=3)) as lc: print(Decimal(1) / 3, lc.prec)
print(getcontext().prec, Decimal(1) / 3)
print(Decimal(5).max(Decimal('NaN')), Decimal(5).min(3), Decimal('1.0').max(Decimal('1')), Decimal(3).compare(Decimal(3)), Decimal(-3).compare(2), Decimal('1.5').copy_sign(Decimal(-1)), Decimal('1.5').same_quantum(Decimal('2.5')), Decimal('1.5').to_integral_exact(), Decimal('-1.5').to_integral_value(ROUND_FLOOR))
print(sum([Decimal('0.1')] * 10), sorted([Decimal('1.5'), 1, Decimal('0.5'), 2]), {Decimal('1.0'): 'a'}[1], Decimal(2) in {2}, Decimal('0.5') in {0.5}, str(Decimal(0.5)), Decimal.from_float(0.1), Decimal.from_float(-0.0), Decimal.from_float(float('inf')))
class D(Decimal): pass
print(repr(D('1.5')), type(D('1.5') + 1).__name__, isinstance(D(1), Decimal))

from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, Context, localcontext, getcontext, Inexact, Rounded, FloatOperation
def amortize(principal, annual_rate, months):
    r = annual_rate / 12 / 100
    pay = (principal * r / (1 - (1 + r) ** -months)).quantize(Decimal('0.01'), ROUND_HALF_UP)
    bal = principal
    rows = []
    for m in range(1, months + 1):
        interest = (bal * r).quantize(Decimal('0.01'), ROUND_HALF_UP)
        princ = pay - interest if m < months else bal
        bal -= princ
        rows.append((m, interest, princ, bal))
    return pay, rows
pay, rows = amortize(Decimal('10000'), Decimal('6.5'), 12)
print(pay)
for r in rows[:3] + rows[-2:]:
    print('%2d %8s %8s %9s' % r)
print(sum(r[1] for r in rows), rows[-1][3])
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(Decimal(x).quantize(Decimal('1'), rounding=mode)) for x in ['0.5', '1.5', '-2.5', '2.51', '-0.1']])
ctx = Context(prec=6, rounding=ROUND_HALF_UP, traps=[Inexact])
try:
    ctx.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print(type(e).__name__, e)
with localcontext(prec=3) as c:
    x = Decimal('1.23456') * 1
    print(x, c.flags[Rounded], c.flags[Inexact])
c2 = getcontext().copy(); c2.traps[FloatOperation] = True
with localcontext(c2):
    try:
        Decimal(1.1)
    except FloatOperation as e:
        print(type(e).__name__, e)
    print(Decimal('1.1') + 1)
print(Decimal('123.456').quantize(Decimal('1e1')), Decimal('1e5').to_eng_string(), Decimal('0.00001234').to_eng_string(), Decimal('-1.50').copy_negate(), Decimal(7).fma(2, 3))
print(Decimal('1.30').compare_total(Decimal('1.3')), Decimal(2) ** Decimal('0.5'), Decimal('10').ln(), Decimal('1.1').max(Decimal('1.10')), Decimal('5').remainder_near(3))
print(['%s' % Decimal(v) for v in ('1.000', '0E-7', '-0.00', '1E+3', '12345678901234567890.123')], f"{Decimal('-1234.5'):+,.1f}", f"{Decimal('1e-10'):f}", f"{Decimal('123'):e}")
try:
    Decimal('1').quantize(Decimal('1e-30'), context=Context(prec=5))
except Exception as e:
    print(type(e).__name__, e)

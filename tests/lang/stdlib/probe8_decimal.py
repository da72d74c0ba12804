from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Inexact, Rounded
import decimal
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(D('1.005').quantize(D('0.01')), D('1.005').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('2.675').quantize(D('0.01'), ROUND_DOWN), D('-2.5').quantize(D('1'), ROUND_CEILING))
print(D('123.456').quantize(D('1e1')), D('1e5').quantize(D('1')), D('0.125').quantize(D('.01'), ROUND_HALF_EVEN))
show(D('1e30').quantize, D('0.01')); show(D('nan').quantize, D('1')); show(D(1).quantize, 'x')
print(D(1) / D(7), D(2).sqrt(), D(10) ** 20, D('1.1') * 3, D(1) / 3 * 3, D('0.1') + D('0.2') == D('0.3'))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('123456789') + 0, +D('1.234567'), ctx.prec)
print(getcontext().prec, D(1) / D(7))
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.divide(D(2), D(3)), ctx.add(D('1.234'), D('1')), ctx.create_decimal('1.2345'), ctx.power(2, 10))
show(lambda: D(1) / 0); show(lambda: D(0) / 0); show(lambda: D('abc')); show(D, 1.1); show(D, [1]); show(lambda: D(-1).sqrt())
c2 = Context(traps=[]); print(c2.divide(D(1), D(0)), c2.divide(D(0), D(0)), c2.flags[DivisionByZero], c2.flags[InvalidOperation])
with localcontext(Context(prec=4, traps=[Inexact])):
    show(lambda: D(1) / 3)
    print(D(1) / 4)
print(D('3.14159').as_tuple(), D(-0.0) if False else D('-0'), D('1.20').normalize(), D('100').normalize(), D('1e-3').to_eng_string(), D('12345e3').to_eng_string())
print(D('7.5') // 2, D('-7.5') // 2, D('-7.5') % 2, divmod(D(7), D(-2)), round(D('2.5')), round(D('3.14159'), 2), int(D('-9.9')), float(D('0.1')))
print(D('1.50').compare(D('1.5')), D(2).max(D(3)), D('-1').copy_abs(), D(5).is_signed(), D('inf').is_infinite(), D('snan').is_snan(), D(10).ln().quantize(D('1e-10')), D(100).log10())
print(sum([D('0.10')] * 3), sorted([D('1.1'), D('1.01'), D('1.10')]), D('1.1') == 1.1, D('1.5') == 1.5, D(3) > 2.5, hash(D('1.0')) == hash(1))
print('{:.2f}'.format(D('3.14159')), '{:,.2f}'.format(D('1234567.891')), format(D('1e-7'), 'f'), format(D('123.4'), '>10'), '{:e}'.format(D('12345')), f"{D('0.5'):%}")
print(D.from_float(0.1), D(0.5), D((0, (1, 2), -1)), D('  3.5  '), D('1_000'))
show(D, '1__0'); show(lambda: D(1) < D('nan')); show(lambda: D('snan') + 1)
print(decimal.MAX_PREC > 0, getcontext().Emax, repr(Context(prec=2, Emin=-9, Emax=9)).split(', flags')[0])

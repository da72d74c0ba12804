from decimal import *
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(Decimal, 'abc'); t(lambda: Decimal(1) / 0); t(lambda: Decimal(0) / 0); t(lambda: Decimal('1e999999') * 10); t(lambda: Decimal(1) + 1.5); t(lambda: Decimal(1).quantize(Decimal('1e-30')))
t(lambda: Decimal('1.5') // 0); t(lambda: Decimal('1.5') % 0); t(lambda: Decimal(-1).sqrt()); t(lambda: Decimal(2) ** Decimal('0.5')); t(lambda: Decimal('inf') - Decimal('inf'))
print(getcontext()); print(repr(Decimal('1.50')), str(Decimal('-0')), Decimal('1e-7'), Decimal('123e5'), Decimal('0.000001'), Decimal('1E+2'), Decimal('-1.23e-10'), Decimal('NaN'), Decimal('-sNaN12'), Decimal('-Infinity'), Decimal('1_000.5'))
print(Decimal(0.1), Decimal(10**30), Decimal((1, (1, 2, 3), -2)), Decimal(' 3.14 \n'), Decimal('.5'), Decimal('5.'), Decimal(-0.0))
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(10) / 4, Decimal('1.00') / 4, Decimal(100) / Decimal('0.1'), Decimal('1.30') + Decimal('1.20'), Decimal('1.3') * Decimal('1.20'), Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(7), Decimal(-2)))
print(Decimal(2) ** 10, Decimal('1.1') ** 2, Decimal(2) ** -2, Decimal('0.5') ** 100, Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('0.01').sqrt(), Decimal('1e-1000'))
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), ROUND_HALF_UP), Decimal('-2.5').quantize(Decimal(1), rounding=ROUND_HALF_EVEN), Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('123.456').quantize(Decimal('1e1')))
print(round(Decimal('2.5')), round(Decimal('3.14159'), 2), int(Decimal('-3.9')), float(Decimal('0.1')), Decimal('1.5').as_integer_ratio(), Decimal('-1.50').as_tuple(), Decimal('123.45').adjusted())
print(hash(Decimal('0.5')) == hash(0.5), hash(Decimal(10**20)) == hash(10**20), hash(Decimal('1.10')) == hash(Decimal('1.1')), Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, Decimal(1) < 2, Decimal('1.0') == 1, sorted([Decimal(3), Decimal('1.5'), 2]))
print(format(Decimal('1234.5678'), '.2f'), format(Decimal('1234.5678'), ',.3f'), f"{Decimal('0.000123'):.2e}", f"{Decimal('12.5'):>10}", f"{Decimal('1.5'):%}", f"{Decimal('123.456'):g}", f"{Decimal('-0.5'):+.0f}", f"{Decimal('1e10'):f}", f"{Decimal('1.23E+5')}")
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal('123456789') + 0, +Decimal('1.234567'))
getcontext().prec = 50
print(Decimal(1) / 7)
getcontext().prec = 28
getcontext().rounding = ROUND_UP
print(Decimal(1) / 3)
getcontext().rounding = ROUND_HALF_EVEN
print(Decimal('1.2345').normalize(), Decimal('1200').normalize(), Decimal('0.00').normalize(), Decimal('-5').copy_abs(), Decimal(5).copy_negate(), Decimal('1.5').to_integral_value(), Decimal('2.5').to_integral(), Decimal('-0').is_signed(), Decimal('nan').is_nan(), Decimal('inf').is_infinite(), Decimal(0).is_zero())
print(Decimal(3).max(Decimal(5)), Decimal(3).min(2), Decimal(3).compare(5), Decimal('1.1') - Decimal('1.10'), -Decimal('0'), abs(Decimal('-1.5')), Decimal(5) * 0, Decimal(-5) * 0)
print(ROUND_HALF_UP, repr(ROUND_CEILING), Decimal('1e3') + 1, Decimal('9.9999999999999999999999999999') + 0, Decimal('99999999999999999999999999999') * 1, Decimal(1).exp() if hasattr(Decimal, 'exp') else '')
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), Decimal('1.5').is_integer() if hasattr(Decimal, 'is_integer') else 'no')

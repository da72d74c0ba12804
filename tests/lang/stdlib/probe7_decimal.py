from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.10')]
total = sum(prices)
print(total, total * Decimal('1.0825'), (total * Decimal('1.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(Decimal('2.675').quantize(Decimal('0.01')), Decimal('2.665').quantize(Decimal('0.01')), Decimal(1) / Decimal(3))
print(Decimal('1.10') + Decimal('2.20'), Decimal('10') ** 20, Decimal('1e3'), Decimal('1e3').normalize(), Decimal('100').normalize())
print(Decimal(0.1), Decimal('-0'), Decimal('NaN'), Decimal('-inf'), repr(Decimal('3.14')))
print(Decimal('7') // Decimal('2'), Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'), divmod(Decimal('7.5'), 2))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal('123456789') + 0)
print(getcontext().prec, Decimal('1.23456789').quantize(Decimal('1.000'), rounding=ROUND_DOWN))
print(Decimal('3.5').to_integral_value(), round(Decimal('2.5')), round(Decimal('3.14159'), 2), int(Decimal('-3.9')), float(Decimal('1.5')))
print(Decimal('2').sqrt(), Decimal('100').log10(), Decimal(10).exp() if False else '', Decimal('1.5').as_tuple())
print(sorted([Decimal('1.5'), Decimal('-2'), Decimal('1.50')]), Decimal('1.5') == Decimal('1.50'), Decimal('0.1') == 0.1, Decimal(5) == 5)
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):.2e}", f"{Decimal('42'):>8}", format(Decimal('1.5'), '%'))
for bad in ['abc', '1.2.3']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(type(e).__name__, e)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__, e)
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(Decimal('1.5').is_nan(), Decimal('snan').is_snan(), Decimal(-3).copy_abs(), Decimal('12.340').adjusted(), Decimal(3).compare(Decimal(4)))
print(max(Decimal('1'), Decimal('1.0')), Decimal('1e-7'), Decimal('0.0000001'), str(Decimal('1E+2')), Decimal(123).scaleb(2))

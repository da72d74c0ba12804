# decimal fixes found by CPython's test_decimal (its IBM decTest files), each against
# CPython's C decimal: NaN payloads cut to prec - clamp digits, x - NaN keeps the NaN's
# sign, fma's signalling factors and 0 * Inf win over the addend, create_decimal rejects
# whitespace/underscores/long payloads (ConversionSyntax), Context arithmetic rejects
# non-Decimal second operands, finite // and % by infinity, to_integral_exact of 0.0,
# powers with huge or tiny non-integral exponents (1e-999999999 hung), exp/ln/log10
# rounded half-even in any rounding mode (ROUND_UP hung), inexact results at full
# precision.
from decimal import (Decimal as D, Context, InvalidOperation, ConversionSyntax, Inexact,
                     Rounded, DivisionByZero, ROUND_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR)


def show(c, f, *args):
    c.clear_flags()
    try:
        r = f(*args)
    except Exception as e:
        r = '%s %s' % (type(e).__name__, e)
    flags = sorted(k.__name__ for k, v in c.flags.items() if v)
    print(f.__name__, args, '->', r, flags)


c = Context(prec=5, traps=[])
show(c, c.divide, D('sNaN987654321'), 1)
show(c, c.multiply, 11, D('-sNaN1234567890'))
show(c, c.plus, D('NaN1234567'))
show(c, c._apply, D('NaN1234567'))
show(c, c.subtract, D('-Inf'), D('NaN'))
show(c, c.subtract, D('-Inf'), D('-NaN12'))
show(c, c.fma, D('sNaN1'), D('sNaN2'), D('sNaN3'))
show(c, c.fma, 0, D('Inf'), D('sNaN123'))
show(c, c.fma, D('NaN4'), 2, D('sNaN5'))
for s in (' +1', '1 ', '1_0', 'NaN123456', 'NaN12345', '12'):
    show(c, c.create_decimal, s)
for args in ((1, '1'), ('1', 1), (1, 1.5), (2, 3)):
    for f in (c.add, c.subtract, c.multiply, c.divide, c.divide_int, c.remainder, c.power):
        show(c, f, *args)
show(c, c.divmod, D(-1000), D('Inf'))
show(c, c.divide_int, D(-1000), D('Inf'))
show(c, c.remainder, D(-1000), D('Inf'))
show(c, c.remainder, D('1.23456789'), D('-Inf'))
show(c, c.to_integral_exact, D('0.0'))
show(c, c.to_integral_exact, D('-0.000'))
for r in (None, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR):
    c = Context(prec=16) if r is None else Context(prec=16, rounding=r)
    for x, y in (('10', '1e-999999999'), ('10', '-1e-999999999'), ('0.5', '1e-40'),
                 ('0.5', '-1e-40'), ('1', '0.5'), ('1.000', '2.5'), ('2', '0.5'),
                 ('1e-999', '3e-30'), ('4', '0.5'), ('7', '1e+2')):
        show(c, c.power, D(x), D(y))
    show(c, c.exp, D('1e-40'))
    show(c, c.exp, D('0.5'))
    show(c, c.ln, D('1.0000001'))
    show(c, c.log10, D('2'))
    show(c, c.log10, D('10000000000'))
print(D('1e-999999999') == 0, D('1.000').is_integer() if hasattr(D, 'is_integer') else '')

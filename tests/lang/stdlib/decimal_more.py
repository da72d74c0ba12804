from decimal import *
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
D = Decimal
for v in ('0', '-0', '1', '-2.5', '1e-999999', '1e-1000010', 'inf', '-inf', 'nan', 'snan', '123.456'):
    d = D(v); print(v, d.number_class(), d.radix(), d.is_canonical())
    with localcontext() as c:
        c.clear_traps()
        print(' ', d.logb(), d.next_plus(), d.next_minus(), d.next_toward(0), d.scaleb(3), d.fma(2, 1), d.compare_total(D(1)), d.compare_total_mag(D(-1)), d.remainder_near(D(3)), d.max_mag(D(-3)), d.min_mag(D('0.5')))
print(D(10).remainder_near(6), D(10).remainder_near(4), D(-10).remainder_near(4), D(11).remainder_near(4), D('18').remainder_near(8), D('3.6').remainder_near(D('1.3')))
print(D(110).logical_and(D(11)), D(110).logical_or(D(11)), D(110).logical_xor(D(11)), D(101).logical_invert(), D(123456789).rotate(2), D(123456789).rotate(-2), D(123456789).shift(2), D(123456789).shift(-2))
t(D(12).logical_and, 1); t(D(1).rotate, 100); t(D(1).scaleb, D('1.5')); t(D(0).logb)
print(D(1).compare_total(D('1.0')), D('1.0').compare_total(D(1)), D('-1').compare_total(D('-1.0')), D('nan').compare_total(D('inf')), D('-nan').compare_total(D('-snan')), D('snan').compare_total(D('nan')))
t(D(1).compare_signal, D('nan')); t(D(1).compare_signal, 2)
c = getcontext(); print(c.copy_abs(-1), c.exp(1), c.ln(10), c.log10(1000), c.fma(2, 3, 4), c.is_finite(1), c.next_plus(1), c.number_class(-5), c.to_eng_string(D('123e5')), c.copy_decimal(5), c.radix(), c.logical_and(1, 1), c.remainder_near(10, 6), c.rotate(12, 1), c.to_sci_string(D('1e-7')))
print(D('123E+1').to_eng_string(), D('1E+7').to_eng_string(), D('0E-7').to_eng_string(), D('1.5E-10').to_eng_string(), D('-12345E+3').to_eng_string())

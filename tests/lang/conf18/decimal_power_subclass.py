# decimal: negative ** infinity (and ** non-integer) is invalid, x ** 0 is 1 for infinite x,
# pow(x, -0, m), log10 of an exact power of ten rounded to the context, results of
# operations on a Decimal subclass are exact Decimals, from_float(int) for subclasses,
# a tuple's sign must be an int (test_decimal).
from decimal import *
import copy
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c = Context(traps=[])
for a, b in [('-1000', 'Inf'), ('-1', 'Inf'), ('-1', '-Inf'), ('-0', 'Inf'), ('-0.5', 'Inf'), ('-Inf', '0.5'), ('-Inf', '2'), ('-Inf', '3'), ('-Inf', '0'), ('Inf', '-0'), ('-Inf', '-Inf'), ('0.5', 'Inf'), ('-0', '-Inf')]:
    t(lambda: (c.power(Decimal(a), Decimal(b)), sorted(k.__name__ for k, v in c.flags.items() if v))); c.clear_flags()
t(lambda: c.power(Decimal(1), Decimal('-0'), Decimal(1)))
t(lambda: c.power(Decimal(3), Decimal('-0'), Decimal(7)))
for p in (1, 2, 28):
    cc = Context(prec=p)
    t(lambda: (cc.log10(Decimal('10000000000')), cc.log10(Decimal('1E-20')), sorted(k.__name__ for k, v in cc.flags.items() if v)))
class MyDecimal(Decimal):
    y = None
d1, d2 = MyDecimal(1), MyDecimal(2)
for f in (lambda: d1 + d2, lambda: d1.max(d2), lambda: d2.min(d1), lambda: +d1, lambda: abs(d1), lambda: d1.quantize(d2), lambda: d1.normalize(), lambda: d1.to_integral_value(), lambda: d1.copy_abs(), lambda: copy.copy(d1), lambda: d1.next_plus(), lambda: d1.to_integral_exact(), lambda: d1.scaleb(0), lambda: MyDecimal(4).sqrt(), lambda: d1.canonical()):
    t(lambda: type(f()).__name__)
class A(Decimal):
    def __init__(self, a):
        self.a_type = type(a)
t(lambda: (A.from_float(42.5).a_type.__name__, A.from_float(42).a_type.__name__))
for tup in [(0., (4, 3, 4, 9, 1), 2), (Decimal(1), (4, 3), 2), (True, (1,), 0), (8, (1,), 0)]:
    t(lambda: Decimal(tup))

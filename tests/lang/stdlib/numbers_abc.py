import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction
from decimal import Decimal
vals = [1, True, 1.5, 1j, Fraction(1, 2), Decimal('1.5'), 'x', None, [1]]
for cls in (Number, Complex, Real, Rational, Integral):
    print(cls.__name__, [isinstance(v, cls) for v in vals])
print(issubclass(int, Number), issubclass(bool, Integral), issubclass(float, Rational), issubclass(Fraction, Real), issubclass(Decimal, Real), issubclass(str, Number))
print(issubclass(Integral, Real), issubclass(Real, Integral), Number.__subclasscheck__(int), sorted(Integral.__abstractmethods__)[:5], sorted(Real.__abstractmethods__)[:4])
class MyNum(Real):
    pass
try: MyNum()
except TypeError as e: print(type(e).__name__, str(e)[:60])
class Full(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pos__(self): return self.v
    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __invert__ = __le__ = __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = __or__ = __pow__ = __radd__ = __rand__ = __rfloordiv__ = __rlshift__ = __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = lambda *a: NotImplemented
f = Full(7)
print(isinstance(f, Number), int(f), f.__index__(), float(f), f.numerator, f.denominator, [10, 20, 30, 40, 50, 60, 70, 80][f], numbers.__all__)
class Virt: pass
Real.register(Virt)
print(isinstance(Virt(), Complex), isinstance(Virt(), Rational), issubclass(Virt, Number))
print(hash(Number) is not None, Number.__hash__)

from fractions import Fraction
from decimal import Decimal
import datetime, math, statistics
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(format, Fraction(1, 2), ''); t(format, Fraction(1, 2), '.2f'); t(lambda: f'{Fraction(1, 3)!s:>6}')
t(lambda: Fraction(1, 2) + Decimal('0.5')); t(lambda: Decimal('0.5') + Fraction(1, 2)); t(lambda: Fraction(Decimal('0.25')))
t(lambda: math.floor(Decimal('2.5'))); t(lambda: math.sqrt(Fraction(1, 4))); t(lambda: math.sqrt(Decimal('0.25'))); t(lambda: math.isclose(Fraction(1, 3), Decimal('0.3333333333')))
t(lambda: math.fsum([Fraction(1, 3)] * 3)); t(lambda: math.prod([Fraction(1, 2), Decimal(2)])); t(lambda: math.prod([Fraction(1, 2), 4]))
t(lambda: datetime.timedelta(seconds=Fraction(1, 2))); t(lambda: datetime.timedelta(1) * Fraction(1, 3)); t(lambda: statistics.mean([datetime.timedelta(1)]))
t(lambda: sum([datetime.timedelta(1), datetime.timedelta(2)], datetime.timedelta())); t(lambda: max(datetime.date(2020, 1, 1), datetime.date(2019, 1, 1)))
t(lambda: round(Fraction(7, 2), None)); t(lambda: round(Decimal('7.5'), None)); t(lambda: int(Fraction(-7, 2))); t(lambda: float(Decimal('1e400')))
t(lambda: Decimal(Fraction(1, 2))); t(lambda: Fraction(1.5) == Decimal('1.5')); t(lambda: complex(Fraction(1, 2))); t(lambda: math.trunc(Decimal('-1.9')))
t(lambda: divmod(Fraction(7, 2), 1)); t(lambda: divmod(7.5, Fraction(1, 2))); t(lambda: Fraction(1, 2) ** -1.0); t(lambda: (-8) ** Fraction(1, 3))
t(lambda: sorted([Decimal('1.1'), Fraction(1, 2), 0.7, 1])); t(lambda: hash(Decimal('0.5')) == hash(Fraction(1, 2)))

# Interpreter messages name the C types of CPython's datetime/decimal as 'module.Name'.
import datetime, decimal
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: datetime.timedelta(1) + 1); t(lambda: 1 - datetime.timedelta(1)); t(lambda: datetime.timedelta(1) // 2.0)
t(lambda: datetime.date(2020, 1, 1) + 1); t(lambda: datetime.time(1) + datetime.timedelta(1)); t(lambda: datetime.date(2020, 1, 1) < 5)
t(lambda: datetime.datetime(2020, 1, 1) * 2); t(lambda: datetime.timezone.utc + 1); t(lambda: decimal.Decimal(1) + 1.5); t(lambda: decimal.Decimal(1) < 'x')
t(lambda: len(datetime.date(2020, 1, 1))); t(lambda: datetime.date(2020, 1, 1)[0]); t(lambda: decimal.getcontext() + 1)
print(datetime.date.__name__, datetime.datetime.__qualname__, datetime.timedelta, datetime.timezone, decimal.Decimal, decimal.Context, datetime.date.__module__)
print(type(datetime.date.today()).__name__, type(decimal.Decimal(1)).__name__, type(datetime.date(2020, 1, 1).isocalendar()).__name__, hasattr(datetime, "IsoCalendarDate"))
class Sub(datetime.date): pass
t(lambda: Sub(2020, 1, 1) + 1); print(Sub.__name__, repr(Sub(2020, 1, 1)))

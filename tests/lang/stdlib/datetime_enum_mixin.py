# date, time and Decimal mix with classes of another metaclass (class E(date, Enum)):
# they were made by a private metaclass (for their "datetime.date" name in messages),
# and the mix raised "metaclass conflict". Messages still name the C-level types.
import datetime
import decimal
import enum


class Day(datetime.date, enum.Enum):
    NEW_YEAR = (2024, 1, 1)
    XMAS = (2024, 12, 25)


print(list(Day), Day.XMAS.year, Day.XMAS > Day.NEW_YEAR, type(datetime.date))


class Amount(decimal.Decimal, enum.Enum):
    ONE = '1.0'


print(Amount.ONE.value, Amount.ONE + 1, type(decimal.Decimal))
print(datetime.date.__name__, datetime.timedelta.__name__, decimal.Decimal.__name__,
      decimal.Context.__name__, datetime.timezone.__name__)
for bad in (lambda: datetime.date.today() + 1, lambda: decimal.Decimal(1) + [],
            lambda: datetime.timedelta(1).nope, lambda: decimal.Context().nope):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class MyDate(datetime.date):
    pass


try:
    MyDate(2020, 1, 1) + 'x'
except TypeError as e:
    print(e)

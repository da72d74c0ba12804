from datetime import datetime, date, time, timedelta, timezone
d = datetime(2024, 2, 28, 23, 30, 15, 123456)
print(d + timedelta(hours=1), d - timedelta(days=365), (d + timedelta(days=2)).date())
print(timedelta(days=1, seconds=-1), timedelta(hours=-25), -timedelta(minutes=90), abs(timedelta(seconds=-5)))
print(timedelta(weeks=2) / timedelta(days=3), timedelta(weeks=2) // timedelta(days=3), timedelta(weeks=2) % timedelta(days=3))
print(timedelta(seconds=7.5) * 3, timedelta(days=1) / 7, timedelta(microseconds=1) * 0.5)
print(repr(timedelta(days=-1, seconds=5)), repr(timedelta(0)), str(timedelta(microseconds=10)))
print(date(2024, 3, 1) - date(2023, 3, 1), (date(2024,12,31) - date(2024,1,1)).days)
print(date(2024, 1, 31).replace(month=2, day=29), date.fromordinal(738000), date(2024,5,5).toordinal())
print(d.isocalendar(), date(2021, 1, 3).isocalendar(), date(2024,1,1).isoweekday(), date(2024,1,1).weekday())
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(a, a.astimezone(timezone.utc), a.utcoffset(), a.tzname(), repr(tz), str(timezone.utc))
print(a == datetime(2024, 6, 1, 6, 30, tzinfo=timezone.utc), a - datetime(2024, 6, 1, tzinfo=timezone.utc))
try:
    print(a - datetime(2024, 6, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a < datetime(2024, 6, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    timedelta(days=1e10)
except OverflowError as e:
    print(type(e).__name__, e)
print(datetime.combine(date(2020,1,1), time(8, 5)), time(23, 59, 59, 999999).isoformat(timespec='milliseconds'))
print(min(datetime(2020,1,1), datetime(2019,1,1)), sorted([date(2020,5,1), date(2019,1,1)]))
print(timedelta(days=3, hours=4).total_seconds(), timedelta(1,2,3).days, timedelta(1,2,3).seconds, timedelta(1,2,3).microseconds)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), bool(timedelta(0)), timedelta.max, timedelta.min, timedelta.resolution)

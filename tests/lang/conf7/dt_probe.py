from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.strftime('%A %d %B %Y %j %U %a %b'), d.toordinal(), d.replace(year=2023, day=28))
print(d + timedelta(days=1), d - date(2024, 1, 1), date.fromisoformat('2023-12-31'), date.fromordinal(738000), d.ctime(), f'{d:%Y/%m/%d}', format(d, ''))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    d.replace(month=13)
except ValueError as e:
    print(e)
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='seconds'), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else 'naive')
print(dt.strftime('%H:%M:%S.%f %p %I %y %%'), datetime.strptime('2021-05-06 07:08', '%Y-%m-%d %H:%M'), datetime.fromisoformat('2020-01-02T03:04:05+02:00'))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=5))
print(timedelta(0), timedelta(microseconds=1), timedelta(days=-1, seconds=1), str(timedelta(weeks=3)), timedelta(hours=1) < timedelta(minutes=61), timedelta.max, timedelta.resolution)
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = a.astimezone(tz)
print(a, b, b.tzname(), b.utcoffset(), a == b, b - a, repr(timezone.utc), str(tz), timezone(timedelta(hours=-3)))
print(a.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400), a.strftime('%z %Z'))
try:
    datetime(2024, 1, 1) - a
except TypeError as e:
    print(e)
try:
    datetime(2024, 1, 1) < a
except TypeError as e:
    print(e)
print(datetime(2024, 1, 1) == a)
t = time(9, 5, 7, 1000)
print(t, repr(t), t.isoformat(), t.replace(hour=23), time.fromisoformat('10:20:30'), t.strftime('%H-%M'), time() < t, bool(time()))
print(sorted([date(2020, 1, 2), date(2019, 5, 5)]), max(dt, datetime(2030, 1, 1)), hash(d) == hash(date(2024, 2, 29)), {d: 1}[date(2024, 2, 29)])
print(datetime.combine(d, t), datetime(2024, 12, 31) + timedelta(days=1), (datetime(2025, 1, 1) - datetime(2024, 1, 1)).days)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(e)
try:
    date.fromisoformat('2024-13-01')
except ValueError as e:
    print(e)
try:
    datetime.strptime('xx', '%Y')
except ValueError as e:
    print(e)
print(date.min, date.max, datetime.min, time.max, date(1, 1, 1).strftime('%Y'), date(5, 1, 1).isoformat())
import calendar
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))

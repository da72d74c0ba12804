from datetime import datetime, date, time, timedelta, timezone
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), 'EST')
a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
b = a.astimezone(ist)
print(a, b, b.utcoffset(), b.tzname(), est.tzname(None), a == b, b - a, a.astimezone(est))
print(repr(ist), repr(utc), str(est), repr(timezone(timedelta(0))), timezone(-timedelta(hours=1, seconds=1)))
show(timezone, timedelta(hours=24)); show(timezone, 5); show(timezone, timedelta(hours=1), 5)
n = datetime(2024, 3, 10, 12, 0)
show(lambda: n < a); show(lambda: n == a); show(lambda: n - a); show(lambda: date(2024, 1, 1) < n)
show(lambda: date(2024, 1, 1) == datetime(2024, 1, 1)); show(lambda: time(1) < time(2, tzinfo=utc))
for s in ['2024-03-10', '2024-03-10T12:30', '2024-03-10 12:30:45.123456', '2024-03-10T12:30:45+05:30',
          '2024-03-10T12:30:45Z', '2024-03-10T12:30:45.5', '2024-03-10T12', '20240310', '2024-3-10', '2024-03-10T25:00', '2024-03-10T12:30:45.1234']:
    show(datetime.fromisoformat, s)
for s in ['2024-03-10', '2024-02-30', '2024-W10-1', '20240310']:
    show(date.fromisoformat, s)
for s in ['12:30', '12:30:45.123', '12:30:45+01:00', '1230', 'T12:30', '12:30:45.123456789']:
    show(time.fromisoformat, s)
d = datetime(2024, 1, 31, 10, 30, 15, 500)
print(d.replace(month=2, day=29), d.replace(tzinfo=utc), d.replace(microsecond=0).isoformat(), d.isoformat(sep=' ', timespec='milliseconds'))
show(d.replace, month=2); show(d.replace, year=0); show(d.replace, hour=24); show(d.isoformat, timespec='bad')
print(d + timedelta(days=30), d - timedelta(weeks=1, hours=12), d.date() - date(2023, 1, 1), (d - datetime(2024, 1, 1)).total_seconds())
print(timedelta(days=1, hours=-25), timedelta(seconds=-1), timedelta(microseconds=1.5), repr(timedelta(days=-1, seconds=5)), timedelta(hours=36) // timedelta(days=1))
print(timedelta(days=1) / 3, timedelta(days=1) % timedelta(hours=5), divmod(timedelta(hours=7), timedelta(hours=2)), -timedelta(1), abs(timedelta(-2)))
show(lambda: timedelta(1) * 1.5); show(lambda: timedelta(1) / 0); show(lambda: timedelta(1) + 1); show(lambda: datetime.max + timedelta(1))
print(d.timetuple()[:7], d.toordinal(), date.fromordinal(738000), d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
print(d.strftime('%A %d %B %Y %I:%M %p %j %U %W'), format(d, '%Y/%m/%d'), '{:%H.%M}'.format(d), d.ctime())
print(datetime.strptime('03/10/24 14:05', '%m/%d/%y %H:%M'), datetime.strptime('2024-03-10T12:00:00+0200', '%Y-%m-%dT%H:%M:%S%z'))
show(datetime.strptime, '2024-13-01', '%Y-%m-%d'); show(datetime.strptime, '2024-01-01 extra', '%Y-%m-%d')
print(datetime.combine(date(2024, 5, 1), time(8, 15)), datetime(2024, 1, 1, tzinfo=utc).timestamp(), datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400))
print(date(2024, 2, 29).replace(year=2025) if False else date(2024, 2, 28).replace(year=2025), date.min, date.max, datetime.min, time.max, timedelta.max, timedelta.resolution)
show(date, 2024, 2, 30); show(datetime, 2024, 1, 1, 1, 60); show(time, 24); show(date, 10000, 1, 1); show(date, '2024', 1, 1)
print(sorted([date(2024, 1, 2), date(2023, 5, 5)]), hash(datetime(2024, 1, 1, tzinfo=utc)) == hash(datetime(2024, 1, 1, 5, 30, tzinfo=ist)))

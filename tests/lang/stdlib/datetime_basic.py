from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dtm
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)

# timedelta
for td in (timedelta(), timedelta(1), timedelta(-1), timedelta(days=1, hours=2, minutes=3, seconds=4),
           timedelta(microseconds=-1), timedelta(weeks=3, milliseconds=1500), timedelta(hours=-25.5),
           timedelta(seconds=86399.9999995), timedelta(days=0.1), timedelta(1, 2, 3), timedelta(minutes=1e6),
           timedelta(days=-2, microseconds=5), timedelta(seconds=0.0000005), timedelta(seconds=0.0000015)):
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(days=3, hours=4), timedelta(hours=7, microseconds=13)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.3, a / 4, a / 0.7, a // 5, a / b, a // b, a % b, divmod(a, b))
print(a == timedelta(days=3, seconds=14400), a != b, a < b, a > b, a <= a, a >= b, hash(a) == hash(timedelta(hours=76)))
print(timedelta(microseconds=7) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=3) * 0.5, timedelta(microseconds=-7) // 2)
print(sorted([b, a, timedelta(0), -b]))
print({timedelta(1): 'x'}[timedelta(hours=24)])

# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.isocalendar().year, d.isocalendar().week, d.isocalendar()[2], tuple(d.isocalendar()))
print(d + timedelta(1), d - timedelta(days=60), d - date(2000, 1, 1), date(2000, 1, 1) - d, timedelta(3) + d)
print(d.replace(day=1), d.replace(year=2023, day=28), d.timetuple())
t(d.replace, year=2023)
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(3652059), date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'))
print(date.fromisoformat('2021-W10-3'), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2020, 53, 5))
for o in (1, 365, 366, 730119, 730120, 730485, 738000, 3652059, 693596, 693961, 146097, 146096, 36524, 36525, 1461, 1460):
    x = date.fromordinal(o); assert x.toordinal() == o; print(x, end=' ')
print()
for y in (2015, 2020, 2021, 2026, 2027, 2004, 2008, 2009, 2010, 1):
    for md in ((1, 1), (1, 2), (1, 3), (1, 4), (12, 28), (12, 29), (12, 30), (12, 31)):
        x = date(y, *md); ic = x.isocalendar(); print(tuple(ic), end=' ')
        assert date.fromisocalendar(*ic) == x
    print()
print(d.strftime('%Y-%m-%d %A %B %j %U %W %a %b %y %f %z %Z %%'), format(d, '%d/%m'), format(d, ''), f'{d:%Y}')
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d >= date(2025, 1, 1), d == 5, d != 'x')
print(date.min, date.max, date.resolution, sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 31)]))
print(date.fromtimestamp(0), date.fromtimestamp(1700000000.5), type(date.today()).__name__)

# time
for tm in (time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
           time(12, 0, tzinfo=timezone.utc), time(1, 2, 3, fold=1), time(5, 6, 7, 8, timezone(timedelta(hours=-5)))):
    print(repr(tm), str(tm), tm.isoformat('hours'), tm.isoformat('minutes'), tm.isoformat('milliseconds'), tm.isoformat('microseconds'), tm.utcoffset(), tm.tzname(), tm.dst())
print(time(1, 2) < time(1, 3), time(1, 2) == time(1, 2, 0), time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))))
print(time.fromisoformat('12:34'), time.fromisoformat('12:34:56.789'), time.fromisoformat('12:34:56+05:30'), time.fromisoformat('T1234'), time.fromisoformat('12'))
print(time(13, 5, 9).strftime('%H %I %M %S %p %f'), time(1).replace(hour=5), time(1, 2).replace(tzinfo=timezone.utc), bool(time()))
print(hash(time(1, 2)) == hash(time(1, 2)), time.min, time.max, time.resolution)

# datetime
dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(dt, repr(dt), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3)), repr(datetime(2024, 1, 2, 0, 0, 5)))
print(dt.date(), dt.time(), dt.timetz(), dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='seconds'), dt.isoformat('_', 'milliseconds'))
print(dt.timetuple(), dt.utctimetuple(), dt.toordinal(), dt.weekday(), dt.ctime(), dt.timestamp())
print(dt + timedelta(days=400, microseconds=999999), dt - timedelta(hours=30), dt - datetime(2000, 1, 1), datetime(2000, 1, 1) - dt)
print(dt.replace(year=2000, microsecond=0), dt.replace(tzinfo=timezone.utc), dt.strftime('%Y/%m/%d %H.%M.%S.%f %j %a'))
u = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
e = u.astimezone(timezone(timedelta(hours=-4), 'EDT'))
print(u, repr(u), e, repr(e), e.tzname(), e.utcoffset(), u == e, u - e, e.timestamp(), u.timestamp(), e.strftime('%z %Z'))
print(u.utctimetuple(), e.utctimetuple(), hash(u) == hash(e), u.astimezone(timezone.utc) is u)
print(datetime.fromtimestamp(0), datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1.5, timezone.utc), datetime.fromtimestamp(1700000000, timezone(timedelta(hours=2))))
print(datetime.fromtimestamp(-1.25), datetime.utcfromtimestamp(0.9999999), datetime.fromordinal(738000))
print(datetime.combine(date(2020, 1, 1), time(5, 6, tzinfo=timezone.utc)), datetime.combine(date(2020, 1, 1), time(5), tzinfo=timezone.utc))
for s in ('2024-01-02', '2024-01-02T03:04', '2024-01-02 03:04:05', '2024-01-02T03:04:05.123', '2024-01-02T03:04:05.123456+00:00',
          '2024-01-02T03:04:05Z', '2024-01-02T03:04:05-08:00', '20240102T030405', '2024-01-02T03', '2024-W01-2T10:00', '2011-11-04 00:05:23.283+00:00', '2011-11-04T00:05:23+04:00:30'):
    t(datetime.fromisoformat, s)
for s in ('', '2024', '2024-01-02T', '2024-01-02X03:04:05x', '2024-01-02T03:04:05+', '2024-13-01', 'abcdefghij'):
    t(datetime.fromisoformat, s)
print(datetime(2024, 3, 1) > datetime(2024, 2, 29, 23), datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=None), datetime.min, datetime.max)
print(datetime.strptime('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), datetime.strptime('Tue Jan  2 03:04:05 2024', '%c'))
print(datetime.strptime('5/6/99 1:02 PM', '%m/%d/%y %I:%M %p'), datetime.strptime('2024-001', '%Y-%j'), datetime.strptime('2024 10 1', '%Y %U %w'))
print(repr(datetime.strptime('2024-01-02T03:04:05.5+0530', '%Y-%m-%dT%H:%M:%S.%f%z')), repr(datetime.strptime('12:00 Z', '%H:%M %z')))
print(datetime.strptime('march 3 2020', '%B %d %Y'), datetime.strptime('2024-W05-3', '%G-W%V-%u'), datetime.strptime('  7', ' %d'))
import time as _t
print(_t.strptime('2024-02-03', '%Y-%m-%d'), _t.strptime('Thu Jan  1 00:00:00 1970'))
t(datetime.strptime, '2024-02-30', '%Y-%m-%d'); t(datetime.strptime, '02-29', '%m-%d'); t(datetime.strptime, '2024', '%Y %'); t(datetime.strptime, 5, '%Y')
print(format(dt, '%H'), f'{dt}', f'{dt:%Y}', str(datetime(1, 1, 1, 0, 0)))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(minutes=-90), 'X')).isoformat())
class MyDT(datetime): pass
class MyTD(timedelta): pass
print(repr(MyDT(2020, 1, 1)), repr(MyTD(1)), type(MyDT(2020, 1, 1) + timedelta(1)).__name__, type(MyTD(1) + MyTD(1)).__name__)

# timezone / tzinfo
tz = timezone(timedelta(hours=5, minutes=30))
print(tz, repr(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None), tz == timezone(timedelta(minutes=330), 'Z'), timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'UTC')))
print(timezone(-timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)), timezone(timedelta(seconds=3661)))
class FixedTZ(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def tzname(self, dt): return 'FX%d' % self.h
    def dst(self, dt): return timedelta(0)
    def __repr__(self): return 'FixedTZ(%d)' % self.h
f = datetime(2024, 1, 1, 12, tzinfo=FixedTZ(3))
print(f, repr(f), f.utcoffset(), f.tzname(), f.dst(), f.astimezone(timezone.utc), f.timetuple().tm_isdst, f.strftime('%Z%z'), f == datetime(2024, 1, 1, 9, tzinfo=timezone.utc))
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), FixedTZ(2).fromutc(datetime(2020, 1, 1, tzinfo=FixedTZ(2))) if False else '')
t(FixedTZ(1).fromutc, datetime(2020, 1, 1)); t(timezone.utc.fromutc, 5)
print(isinstance(timezone.utc, tzinfo), issubclass(datetime, date), dtm.UTC is timezone.utc, dtm.MAXYEAR)

from datetime import *
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class MyDate(date):
    def __repr__(self): return 'MyDate!'
class Sub(datetime):
    extra = 5
d = MyDate(2020, 1, 31)
print(d, repr(d), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, type(d.replace(day=1)).__name__, type(MyDate.today()).__name__, type(MyDate.fromordinal(5)).__name__)
s = Sub(2020, 1, 1, 12)
print(repr(s), type(s + timedelta(hours=1)).__name__, type(s.replace(hour=1)).__name__, type(Sub.now()).__name__, type(Sub.fromisoformat('2020-01-01')).__name__, type(Sub.combine(date(2020,1,1), time())).__name__, s.extra)
print(type(s.date()).__name__, type(s - s).__name__, type(s.astimezone(timezone.utc)).__name__)
# fold and tz handling
t(datetime, 2020, 1, 1, fold=1); t(lambda: datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1)); t(lambda: hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
t(lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5))) - datetime(2020, 1, 1, tzinfo=timezone.utc))
t(lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5))) < datetime(2020, 1, 1, tzinfo=timezone.utc))
t(lambda: sorted([datetime(2020, 1, 1, 5, tzinfo=timezone.utc), datetime(2020, 1, 1, 5, tzinfo=timezone(timedelta(hours=3))), datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=-3)))]))
t(lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc))
t(lambda: datetime.min + timedelta(microseconds=-1)); t(lambda: date.min - timedelta(days=1)); t(lambda: datetime(2020, 1, 1) + timedelta.max)
t(lambda: timedelta(days=1, seconds=-1)); t(lambda: timedelta(seconds=-86401)); t(lambda: timedelta(microseconds=-10**6 * 86400 * 3 - 1))
t(lambda: str(timedelta(days=1000000 - 1, hours=23, minutes=59, seconds=59))); t(lambda: timedelta(days=1) * -0.5); t(lambda: timedelta(seconds=1) / 3)
t(lambda: -timedelta.max); t(lambda: timedelta.min - timedelta(1)); t(lambda: abs(timedelta.min))
t(lambda: timedelta(weeks=1.5, days=-0.25, hours=1e-9)); t(timedelta, milliseconds=-1.5); t(timedelta, microseconds=0.5); t(timedelta, microseconds=-0.5); t(timedelta, microseconds=1.5)
t(lambda: timedelta(1) // timedelta(hours=5)); t(lambda: timedelta(1) % timedelta(hours=5)); t(lambda: timedelta(hours=-1) // timedelta(minutes=7)); t(lambda: timedelta(days=3) / 2.0)
t(lambda: timedelta(1) * True); pass
t(date.fromisoformat, '2020-02-30'); t(date.fromisoformat, '2020-W53-1'); t(date.fromisoformat, '2020W011'); t(date.fromisoformat, '2020-01-01T00:00')
t(time.fromisoformat, '24:00'); t(time.fromisoformat, '12:30:45.1'); t(time.fromisoformat, '12:30:45,123456'); t(time.fromisoformat, '123045Z'); t(time.fromisoformat, '12:30-0130'); t(time.fromisoformat, '1')
t(datetime.fromisoformat, '2020-01-01T12:30:45.123456789'); t(datetime.fromisoformat, '2020-01-01 12:30+00'); t(datetime.fromisoformat, '2020-01-01T12:30:45.1234+10:00')
t(time, 12, tzinfo=timezone.utc); t(lambda: time(12, tzinfo=timezone.utc).isoformat()); t(lambda: time(12, 30, tzinfo=timezone(timedelta(hours=-8), 'PST')).strftime('%H:%M %Z %z'))
t(lambda: format(time(1, 2, 3), '%H:%M')); t(lambda: format(datetime(2020, 1, 1), '')); t(lambda: format(timedelta(1), ''))
t(lambda: datetime(2020, 6, 15, 10, 30).strftime('%A %d %B %Y %I:%M %p %j %U %W %G %V %u %w %y %C %e'))
t(lambda: date(2020, 6, 15).strftime('%H:%M:%S %f')); t(lambda: datetime(2020, 1, 1, 0, 0, 0, 123).strftime('%f %%f %%%f'))
t(lambda: datetime(5, 1, 1).strftime('%Y %y')); t(lambda: date(1, 1, 1).ctime()); t(lambda: datetime(9999, 12, 31, 23, 59, 59).ctime())
t(lambda: datetime(2020, 1, 1).timestamp()); t(lambda: datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp()); t(lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
t(datetime.fromtimestamp, 1e12); t(datetime.fromtimestamp, -1e12); t(datetime.fromtimestamp, float('nan')); t(datetime.utcfromtimestamp, 1.9999999)
t(datetime.fromtimestamp, 0, 5); t(datetime.combine, 1, time()); t(datetime.combine, date(2020, 1, 1), 1)
t(lambda: datetime(2020, 3, 1).replace(day=31).isocalendar()); t(lambda: datetime(2020, 1, 1).isocalendar().week)
t(lambda: time(1) == 5); t(lambda: date(2020, 1, 1) != 5); t(lambda: timezone.utc == timezone(timedelta(0), 'UTC')); t(lambda: timezone(timedelta(hours=1)) == 5)
t(timezone.utc.utcoffset, 5); t(timezone.utc.tzname, 5); t(timezone(timedelta(hours=3)).fromutc, datetime(2020, 1, 1)); t(timezone(timedelta(hours=3)).fromutc, datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3))))
class BadTZ(tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 7
t(lambda: datetime(2020, 1, 1, tzinfo=BadTZ()).utcoffset()); t(lambda: datetime(2020, 1, 1, tzinfo=BadTZ()).tzname())
class BigTZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=25)
t(lambda: datetime(2020, 1, 1, tzinfo=BigTZ()).utcoffset())
print(datetime(2020, 1, 1) in {datetime(2020, 1, 1)}, len({date(2020, 1, 1), date(2020, 1, 1), datetime(2020, 1, 1)}), len({time(1), time(1, 0, 0, 0)}))
print(date.today() == datetime.now().date(), (datetime.now() - datetime.utcnow()) < timedelta(seconds=5), datetime.now(timezone.utc).tzinfo)

from datetime import datetime, date, time, timezone, timedelta
d = datetime(2024, 1, 2, 3, 4, 5, 60)
print(d.isoformat(), d.isoformat(' '), d.isoformat(timespec='seconds'), d.isoformat(timespec='microseconds'), d.isoformat(timespec='hours'))
print(datetime(2024,1,2).isoformat(), datetime(2024,1,2,tzinfo=timezone.utc).isoformat())
print(datetime(2024,1,2,tzinfo=timezone(timedelta(hours=-7))).isoformat())
for s in ['2024-01-02', '2024-01-02T03:04', '2024-01-02T03:04:05.123456+02:00', '2024-01-02 03:04:05Z', '2024-01-02T03:04:05.5',
          '20240102', '2024-W01-2', '2024-01-02T25:00', 'garbage', '2024-01-02T03:04:05+0530']:
    try:
        print(repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ['2024-02-30', '2024-02-29', '2023-366', 'x']:
    try:
        print(repr(date.fromisoformat(s)))
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(time.fromisoformat('04:05:06+01:00')), time(1, 2, 3, 4).isoformat(), time(1,2).isoformat(timespec='minutes'))
print(date(2024, 5, 6).isoformat(), str(date(1, 1, 1)), repr(datetime(2024,1,1,0,0)), repr(time(0)))
try:
    d.isoformat(timespec='bogus')
except ValueError as e:
    print(type(e).__name__, e)
print(date.fromisocalendar(2024, 1, 1), datetime.fromtimestamp(0, timezone.utc), datetime(2024,1,1,tzinfo=timezone.utc).timestamp())

from datetime import datetime, date, time, timezone, timedelta
d = datetime(2009, 7, 4, 5, 6, 7, 89)
for f in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%j %U %W %w', '%I %p %y', '%f', '%%', '%c', '%x', '%X', '%d/%m/%Y', '%G-W%V-%u', '%e', '%Z|%z', '%H%M', '%-d' ]:
    try:
        print(repr(f), repr(d.strftime(f)))
    except ValueError as e:
        print(type(e).__name__, e)
a = datetime(2009, 7, 4, 5, 6, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(a.strftime('%z %Z'), format(a, '%H:%M'), f'{d:%Y}', '{:%d}'.format(d))
print(date(2020, 1, 5).strftime('%A %d %B %Y'), time(13, 4).strftime('%I:%M %p'))
for s, f in [('2024-03-05 14:02:03', '%Y-%m-%d %H:%M:%S'), ('05/03/24', '%d/%m/%y'), ('Mar 5 2024', '%b %d %Y'),
             ('2024-03-05T14:02:03.500', '%Y-%m-%dT%H:%M:%S.%f'), ('10:30 PM', '%I:%M %p'), ('2024 065', '%Y %j'),
             ('2024-13-01', '%Y-%m-%d'), ('abc', '%Y'), ('2024-03-05 extra', '%Y-%m-%d'),
             ('+0530 2024', '%z %Y'), ('Tuesday 2024-03-05', '%A %Y-%m-%d')]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print(type(e).__name__, e)
print(datetime.strptime('+0530 2024', '%z %Y').tzinfo)
print(time.fromisoformat('12:30:45.123'), datetime.strptime('1', '%d'))

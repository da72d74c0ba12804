import shlex, calendar
print(shlex.split('ls -l "my file.txt" \'single q\' back\\ slash # comment'), shlex.split('a # b', comments=True))
print(shlex.quote('it\'s'), shlex.quote('safe'), shlex.quote(''), shlex.join(['echo', 'a b', '$x']))
for bad in ['"unterminated', "it's"]:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(type(e).__name__, e)
lx = shlex.shlex('a=1; b="two words"', posix=True)
lx.whitespace_split = False
print(list(lx))
lx = shlex.shlex('x && y || z', punctuation_chars=True)
print(list(lx))
print(shlex.split('a\\nb "c\\"d"', posix=True), shlex.split('a "b c"', posix=False))
print(calendar.month(2024, 2))
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4))
print(calendar.monthcalendar(2024, 9))
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr), calendar.firstweekday())
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2023, 12))
print(calendar.calendar(2024, m=4)[:300])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print(list(calendar.Calendar(6).iterweekdays()), calendar.HTMLCalendar().formatmonthname(2024, 1)[:60])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)

"""strptime for time and datetime (safepy's own implementation, C locale only).

The format is split into literal text, whitespace runs and %-directives; the input is
matched with a small backtracking matcher in which each directive offers candidate
lengths in the same preference order as CPython's regular expressions.
"""

import time as _time

__all__ = []

_FULL_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_ABBR_DAYS = ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')
_FULL_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december')
_ABBR_MONTHS = ('', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct',
                'nov', 'dec')

# Numeric directives: list of (length, low, high) alternatives, tried in order.
_NUMERIC = {
    'd': ((2, 1, 31), (1, 1, 9)),
    'H': ((2, 0, 23), (1, 0, 9)),
    'I': ((2, 1, 12), (1, 1, 9)),
    'G': ((4, 0, 9999),),
    'j': ((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    'm': ((2, 1, 12), (1, 1, 9)),
    'M': ((2, 0, 59), (1, 0, 9)),
    'S': ((2, 0, 61), (1, 0, 9)),
    'U': ((2, 0, 53), (1, 0, 9)),
    'W': ((2, 0, 53), (1, 0, 9)),
    'V': ((2, 1, 53), (1, 0, 9)),
    'w': ((1, 0, 6),),
    'u': ((1, 1, 7),),
    'y': ((2, 0, 99),),
    'Y': ((4, 0, 9999),),
    'f': ((6, 0, 999999), (5, 0, 99999), (4, 0, 9999), (3, 0, 999), (2, 0, 99), (1, 0, 9)),
}

_NAMES = {
    'a': _ABBR_DAYS, 'A': _FULL_DAYS, 'b': _ABBR_MONTHS, 'B': _FULL_MONTHS,
    'p': ('am', 'pm'), 'Z': ('utc', 'gmt'),
}

_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_SPACES = ' \t\n\r\x0b\x0c'


def _tokenize(fmt):
    # -> list of ('lit', text) / ('ws',) / ('dir', char)
    toks = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _COMPOSITE:
                toks.extend(_tokenize(_COMPOSITE[d]))
            elif d == '%':
                toks.append(('lit', '%'))
            elif d in _NUMERIC or d in _NAMES or d == 'z':
                toks.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c in _SPACES:
            while i < n and fmt[i] in _SPACES:
                i += 1
            toks.append(('ws',))
        else:
            toks.append(('lit', c))
            i += 1
    return toks


def _candidates(d, s, pos):
    # Candidate (length, value) pairs for directive d at s[pos:], in preference order.
    out = []
    if d in _NUMERIC:
        for length, lo, hi in _NUMERIC[d]:
            part = s[pos:pos + length]
            if len(part) == length and part.isdigit() and part.isascii():
                v = int(part)
                if lo <= v <= hi:
                    if d == 'd' and length == 2 and part[0] == '0' and v == 0:
                        continue
                    out.append((length, part))
        if d == 'd' and s[pos:pos + 1] == ' ':
            part = s[pos + 1:pos + 2]
            if part.isdigit() and part.isascii() and part != '0':
                out.append((2, part))
        return out
    if d in _NAMES:
        names = sorted([x for x in _NAMES[d] if x], key=len, reverse=True)
        low = s[pos:].lower()
        for name in names:
            if low.startswith(name):
                out.append((len(name), s[pos:pos + len(name)]))
        return out
    if d == 'z':
        if s[pos:pos + 1] == 'Z':
            return [(1, 'Z')]
        # [+-]HH:?MM(:?SS(.ffffff)?)?
        if s[pos:pos + 1] not in ('+', '-'):
            return out
        j = pos + 1
        if not s[j:j + 2].isdigit():
            return out
        j += 2
        if s[j:j + 1] == ':':
            j += 1
        mm = s[j:j + 2]
        if not (len(mm) == 2 and mm.isdigit() and mm[0] in '012345'):
            return out
        j += 2
        base = j
        k = j
        if s[k:k + 1] == ':':
            k += 1
        ss = s[k:k + 2]
        if len(ss) == 2 and ss.isdigit() and ss[0] in '012345':
            k += 2
            if s[k:k + 1] == '.':
                m = k + 1
                while m < len(s) and m - k - 1 < 6 and s[m].isdigit():
                    m += 1
                if m > k + 1:
                    out.append((m - pos, s[pos:m]))
            out.append((k - pos, s[pos:k]))
        out.append((base - pos, s[pos:base]))
        return out
    return out


def _match(toks, ti, s, pos, found):
    if ti == len(toks):
        return pos
    tok = toks[ti]
    kind = tok[0]
    if kind == 'lit':
        c = tok[1]
        if pos < len(s) and s[pos].lower() == c.lower():
            return _match(toks, ti + 1, s, pos + 1, found)
        return -1
    if kind == 'ws':
        end = pos
        while end < len(s) and s[end] in _SPACES:
            end += 1
        if end == pos:
            return -1
        # \s+ is greedy but may give back characters.
        while end > pos:
            r = _match(toks, ti + 1, s, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    d = tok[1]
    for length, value in _candidates(d, s, pos):
        had = d in found
        old = found.get(d)
        found[d] = value
        r = _match(toks, ti + 1, s, pos + length, found)
        if r >= 0:
            return r
        if had:
            found[d] = old
        else:
            del found[d]
    return -1


def _ymd_to_ord(y, m, d):
    import datetime
    return datetime.date(y, m, d).toordinal()


def _ord_to_ymd(n):
    import datetime
    dt = datetime.date.fromordinal(n)
    return dt.year, dt.month, dt.day


def _week_to_julian(year, week, weekday, week_starts_mon):
    first_weekday = (_ymd_to_ord(year, 1, 1) + 6) % 7
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    days_to_week = week_0_length + (7 * (week - 1))
    return 1 + days_to_week + weekday


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(arg)))
    toks = _tokenize(format)
    found = {}
    end = _match(toks, 0, data_string, 0, found)
    if end < 0:
        # Find out whether a prefix matches (then the message is about leftovers).
        end = -1
        for stop in range(len(data_string) - 1, -1, -1):
            f2 = {}
            if _match(toks, 0, data_string[:stop], 0, f2) == stop:
                end = stop
                found = f2
                break
        if end < 0:
            raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    tzname = None
    for key, value in found.items():
        if key in 'aAbBp':
            value = value.lower()
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _FULL_MONTHS.index(value)
        elif key == 'b':
            month = _ABBR_MONTHS.index(value)
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _FULL_DAYS.index(value)
        elif key == 'a':
            weekday = _ABBR_DAYS.index(value)
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3:4] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" % found['z'])
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = '0' * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            tzname = value
            tz = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                             "'%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_mon = week_of_year_start == 0
            julian = _week_to_julian(year, week_of_year, weekday, week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            import datetime
            d = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
            julian = _ymd_to_ord(year, month, day) - _ymd_to_ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
            julian += yday
    if julian is None:
        julian = _ymd_to_ord(year, month, day) - _ymd_to_ord(year, 1, 1) + 1
    else:
        datetime_result = _ord_to_ymd(julian - 1 + _ymd_to_ord(year, 1, 1))
        year, month, day = datetime_result
    if weekday is None:
        weekday = (_ymd_to_ord(year, month, day) + 6) % 7
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime
        tzdelta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime.timezone(tzdelta, tzname)
        else:
            tz = datetime.timezone(tzdelta)
        args += (tz,)
    return cls(*args)

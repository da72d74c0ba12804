"""Basic date and time types (safepy's own implementation of CPython 3.11's datetime).

Dates are proleptic Gregorian; ordinal 1 is 0001-01-01.  timedelta is kept normalised
as (days, seconds, microseconds) with 0 <= seconds < 86400 and 0 <= microseconds < 10**6.
"""

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# The classes standing in for CPython's C types are named "datetime.X" in interpreter
# messages (unsupported operand type(s)...), __name__ staying 'X': _c_type_name marks them
# (a flag of the class, not a metaclass: date and Decimal mix with any other metaclass,
# as in class E(date, Enum)).
from _collections import _c_type_name


_MISSING = object()


def _parse_args(args, kwargs, names, nreq, fname, npos=None, convert=None):
    # Binds args/kwargs to [names] with the messages of CPython's C argument parser, which
    # converts each argument before it looks for the next one: a missing argument is
    # reported after [convert] (when given) has checked the ones bound before it.
    if npos is None:
        npos = len(names)
    nargs = len(args)
    if nargs > npos and npos < len(names):
        raise TypeError('%s takes at most %d positional arguments (%d given)'
                        % (fname, npos, nargs))
    total = nargs + len(kwargs)
    if total > len(names):
        raise TypeError('%s takes at most %d arguments (%d given)' % (fname, len(names), total))
    values = []
    for i, name in enumerate(names):
        if i < nargs:
            values.append(args[i])
        elif name in kwargs:
            values.append(kwargs[name])
        elif i < nreq:
            if convert is not None:
                convert(values)
            raise TypeError("%s missing required argument '%s' (pos %d)" % (fname, name, i + 1))
        else:
            values.append(_MISSING)
    for key in kwargs:
        if key in names:
            idx = names.index(key)
            if idx < nargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)"
                                % (fname, key, idx + 1))
        else:
            raise TypeError("'%s' is an invalid keyword argument for %s"
                            % (key, 'this function' if fname == 'function' else fname))
    return values


def _pickle_state(arg, size, pos, mask, lo, hi, kind):
    # The C types take their pickled state in place of their fields: bytes, or the str
    # that pickle.loads(..., encoding='latin1') makes of a Python 2 pickle. The only sanity
    # check is on one byte (the month; the hour for time), under [mask] (the fold bit is
    # not part of it), so that date('1995') is not taken for a state. Returns the state as
    # bytes, or None when [arg] is no state.
    if not isinstance(arg, (bytes, str)) or len(arg) != size:
        return None
    code = arg[pos] if isinstance(arg, bytes) else ord(arg[pos])
    if not lo <= code & mask <= hi:
        return None
    if isinstance(arg, bytes):
        return arg
    try:
        data = arg.encode('latin1')
    except UnicodeEncodeError:
        data = None
    if data is None:
        raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                         "pickle.load(data, encoding='latin1') is assumed." % kind)
    return data


def _pickle_tzinfo(args):
    # the tzinfo that follows a time or datetime state
    tz = args[1] if len(args) == 2 else None
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')
    return tz


def _index(x):
    if type(x) is int:
        return x
    return range(x).stop


def _combine_types(values):
    for i, (value, cls) in enumerate(zip(values, (date, time))):
        if not isinstance(value, cls):
            raise TypeError('combine() argument %d must be datetime.%s, not %s'
                            % (i + 1, cls.__name__, type(value).__name__))


def _c_round(x):
    # C's round(): halves away from zero (Python's round() takes them to even)
    whole = _math.floor(abs(x))
    if abs(x) - whole >= 0.5:
        whole += 1
    return _math.copysign(whole, x)


def _index_all(values):
    for x in values:
        _index(x)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return (_days_before_year(y) + _DAYS_BEFORE_MONTH[m] +
            (1 if m > 2 and _is_leap(y) else 0) + d)


def _ord2ymd(n):
    # Count whole 400-year cycles (146097 days), then centuries, 4-year groups, years.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - before + 1


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _tpname(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


def _divide_and_round(num, den):
    # num / den rounded half to even, for either sign of den (the name is CPython's: its
    # tests call the pure module's helper)
    q, r = divmod(num, den)
    r2 = 2 * r
    if (r2 > den if den > 0 else r2 < den) or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rem = divmod(off.seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    # Handles %f, %z and %Z (which time.strftime cannot know), then defers to it.
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name is not None:
                name.encode('utf-8')    # as the C code, which takes it as UTF-8: a lone
                                        # surrogate is UnicodeEncodeError
            out.append(name.replace('%', '%%') if name is not None else '')
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')
_TD_FACTORS = {'days': _US_PER_DAY, 'seconds': 1000000, 'microseconds': 1,
               'milliseconds': 1000, 'minutes': 60000000, 'hours': 3600000000,
               'weeks': 7 * _US_PER_DAY}
_DATE_NAMES = ('year', 'month', 'day')
_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_DATETIME_NAMES = _DATE_NAMES + _TIME_NAMES


class timedelta:
    """Difference between two datetime values."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if not args and len(kwargs) == 1:
            # The common timedelta(hours=1) form.
            name, value = next(iter(kwargs.items()))
            factor = _TD_FACTORS.get(name)
            if factor is not None and type(value) is int:
                return cls._from_us(value * factor)
        days = seconds = microseconds = milliseconds = minutes = hours = weeks = 0
        if args or kwargs:
            vals = _parse_args(args, kwargs, _TD_NAMES, 0, '__new__()')
            days, seconds, microseconds, milliseconds, minutes, hours, weeks = [
                0 if v is _MISSING else v for v in vals]
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and
                type(milliseconds) is int and type(minutes) is int and type(hours) is int and
                type(weeks) is int):
            return cls._from_us(((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 +
                                 seconds) * 1000000 + milliseconds * 1000 + microseconds)
        # CPython's reading, whose float arithmetic decides the rounding: whole parts
        # exactly, the fractions of microseconds summed as a double in this order, then
        # rounded half to even once (timedelta(milliseconds=0.5/1000) is 0).
        us = 0
        leftover = 0.0
        for value, factor, name in ((microseconds, 1, 'microseconds'),
                                    (milliseconds, 1000, 'milliseconds'),
                                    (seconds, 1000000, 'seconds'),
                                    (minutes, 60000000, 'minutes'),
                                    (hours, 3600000000, 'hours'),
                                    (days, _US_PER_DAY, 'days'),
                                    (weeks, 7 * _US_PER_DAY, 'weeks')):
            if isinstance(value, int):
                us += value * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                us += int(whole) * factor     # NaN: ValueError, infinity: OverflowError
                if frac:
                    frac, whole = _math.modf(factor * frac)
                    us += int(whole)
                    leftover += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = us & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            us += int(whole)
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        d, rem = divmod(us, _US_PER_DAY)
        if not -999999999 <= d <= 999999999:
            # CPython converts the day count to a C int before the range check
            if not -2147483648 <= d <= 2147483647:
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds, self._microseconds = divmod(rem, 1000000)
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tpname(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('division by zero')
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('float division by zero')
            if a < 0:
                a, b = -a, -b
            return timedelta._from_us(_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return timedelta._from_us(self._to_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), d)
            return q, timedelta._from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_tpname(self), self[0], self[1], self[2])


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        state = None
        if len(args) == 1:
            state = _pickle_state(args[0], 4, 2, -1, 1, 12, 'date')
        if state is not None:
            # a state is taken as it is (CPython checks no more than the month)
            year, month, day = state[0] * 256 + state[1], state[2], state[3]
        else:
            if len(args) == 3 and not kwargs:
                year, month, day = args
            else:
                year, month, day = _parse_args(args, kwargs, _DATE_NAMES, 3, 'function',
                                               convert=_index_all)
            year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, wd, yd, dst = _time.localtime(_timestamp_secs(t))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            ymd = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month],
                                           self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    # A datetime is compared by its date here (date.__eq__(d, dt) is True, as CPython's);
    # datetime's own methods, tried first, make date == datetime False and orderings fail.
    def __eq__(self, other):
        if isinstance(other, date):
            return date._cmpkey(self) == date._cmpkey(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return date._cmpkey(self) != date._cmpkey(other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return date._cmpkey(self) < date._cmpkey(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return date._cmpkey(self) <= date._cmpkey(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return date._cmpkey(self) > date._cmpkey(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return date._cmpkey(self) >= date._cmpkey(other)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month,
                                    self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _isocalendar_to_ymd(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first_wd = _ymd2ord(year, 1, 1) % 7
            if first_wd == 4 or (first_wd == 3 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    o = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(o)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _timestamp_secs(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        return _math.floor(t)
    if isinstance(t, int):
        return t
    t = float(t)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    return _math.floor(t)


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime.datetime instance, not %s'
                            % type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, self.__getstate__())    # __slots__ values too


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode',
                 '_fold')

    def __new__(cls, *args, **kwargs):
        hour = minute = second = microsecond = fold = 0
        tzinfo = None
        state = None
        if 1 <= len(args) <= 2:
            state = _pickle_state(args[0], 6, 0, 0x7F, 0, 23, 'time')
        if state is not None:
            tzinfo = _pickle_tzinfo(args)
            hour, minute, second = state[0] & 0x7F, state[1], state[2]
            microsecond = int.from_bytes(state[3:6], 'big')
            fold = state[0] >> 7
        else:
            if args or kwargs:
                vals = _parse_args(args, kwargs, _TIME_NAMES, 0, 'function', 5)
                hour, minute, second, microsecond, fold = [
                    0 if v is _MISSING else v for v in vals[:4] + vals[5:]]
                tzinfo = None if vals[4] is _MISSING else vals[4]
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + \
            self._microsecond

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._us(), other._us())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._us() - myoff._to_us()
        b = other._us() - otoff._to_us()
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                us = t._us() - off._to_us()
                self._hashcode = hash((us // 1000000, us % 1000000))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_tpname(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s.startswith('T'):
            s = s[1:]
        try:
            comps = _parse_isoformat_time(s)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*comps)

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        # the fold bit goes into the hour byte from protocol 4 on, as CPython's
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((hour, self._minute, self._second)) + self._microsecond.to_bytes(3, 'big')
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        state = None
        if 1 <= len(args) <= 2:
            state = _pickle_state(args[0], 10, 2, 0x7F, 1, 12, 'datetime')
        if state is not None:
            tzinfo = _pickle_tzinfo(args)
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7F, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = int.from_bytes(state[7:10], 'big')
            fold = state[2] >> 7
        else:
            if 3 <= len(args) <= 7 and not kwargs:
                year, month, day = args[:3]
                hour, minute, second, microsecond = (args[3:] + (0, 0, 0, 0))[:4]
                tzinfo = None
                fold = 0
            else:
                vals = _parse_args(args, kwargs, _DATETIME_NAMES, 3, 'function', 8,
                                   convert=_index_all)
                year, month, day = vals[:3]
                hour, minute, second, microsecond, fold = [
                    0 if v is _MISSING else v for v in vals[3:7] + vals[8:]]
                tzinfo = None if vals[7] is _MISSING else vals[7]
            year, month, day = _check_date_fields(year, month, day)
            hour, minute, second, microsecond, fold = _check_time_fields(
                hour, minute, second, microsecond, fold)
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            frac, t = _math.modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                t += 1
                us -= 1000000
            elif us < 0:
                t -= 1
                us += 1000000
            t = int(t)
        else:
            t = _index(t) if not isinstance(t, int) else t
            us = 0
        # the time module raises for a timestamp C's time_t or gmtime cannot take, the
        # constructor for a year past 9999
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, *args, **kwargs):
        date_, time_, tzinfo = _parse_args(args, kwargs, ('date', 'time', 'tzinfo'), 2,
                                           'combine()', convert=_combine_types)
        _combine_types((date_, time_))
        if tzinfo is _MISSING:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            split = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[:split]
            tstr = date_string[split + 1:]
            ymd = _parse_isoformat_date(dstr)
            if tstr or split < len(date_string):
                tm = _parse_isoformat_time(tstr)
            else:
                tm = [0, 0, 0, 0, None]
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*(ymd + tm))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError('strptime() argument 1 must be str, not %s'
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s' % type(format).__name__)
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, dst)

    def _local_seconds(self):
        return ((self.toordinal() - 719163) * 86400 + self._hour * 3600 +
                self._minute * 60 + self._second)

    def timestamp(self):
        if self._tzinfo is None:
            # Local time is UTC on this platform.
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            myoffset = timedelta(0)  # naive means local time, which is UTC here
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                myoffset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        s = ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond,
                          timespec))
        off = self.utcoffset()
        return s + _format_offset(off)

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s(%s)' % (_tpname(self), ', '.join(map(str, L)))
        if self._fold:  # fold comes first here (time's repr puts tzinfo first)
            s = s[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def _us_total(self):
        return (((_ymd2ord(self._year, self._month, self._day) * 86400 + self._hour * 3600 +
                  self._minute * 60 + self._second) * 1000000) + self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._us_total(), other._us_total())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._us_total() - myoff._to_us()
        b = other._us_total() - otoff._to_us()
        return _cmp(a, b)

    def _cmperror(self, other):
        raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if isinstance(other, date):
            self._cmperror(other)
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us_total() + other._to_us()
        days, rem = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rem, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        if type(self) is datetime:
            r = object.__new__(datetime)
            r._year = y
            r._month = m
            r._day = d
            r._hour = hh
            r._minute = mm
            r._second = ss
            r._microsecond = us
            r._tzinfo = self._tzinfo
            r._hashcode = -1
            r._fold = 0
            return r
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        diff = self._us_total() - other._us_total()
        if self._tzinfo is other._tzinfo:
            return timedelta(microseconds=diff)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return timedelta(microseconds=diff)
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta(microseconds=diff - myoff._to_us() + otoff._to_us())

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            us = t._us_total()
            if off is not None:
                us -= off._to_us()
            self._hashcode = hash((us // 1000000, us % 1000000))
        return self._hashcode

    def __reduce_ex__(self, protocol):
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = (bytes((self._year >> 8, self._year & 255, month, self._day, self._hour,
                        self._minute, self._second))
                 + self._microsecond.to_bytes(3, 'big'))
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tpname(self), self._offset)
        return '%s(%r, %r)' % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc: argument must be a datetime')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return 'UTC%s%02d:%02d:%02d.%06d' % (sign, hours, minutes, seconds, microseconds)
        if seconds:
            return 'UTC%s%02d:%02d:%02d' % (sign, hours, minutes, seconds)
        return 'UTC%s%02d:%02d' % (sign, hours, minutes)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc

for _cls in (timedelta, date, datetime, time, tzinfo, timezone, IsoCalendarDate):
    _c_type_name(_cls)
del _cls

# Not part of the module's public names (as in CPython); date.isocalendar() uses it.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---- ISO 8601 parsing ----

def _digits(s, start, n):
    part = s[start:start + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError('bad digits')
    return int(part)


def _parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    n = len(s)
    if n < 7:
        raise ValueError('too short')
    year = _digits(s, 0, 4)
    has_sep = s[4] == '-'
    pos = 5 if has_sep else 4
    if s[pos] == 'W':
        pos += 1
        week = _digits(s, pos, 2)
        pos += 2
        day = 1
        if pos < n:
            if (s[pos] == '-') != has_sep:
                raise ValueError('inconsistent separator')
            if has_sep:
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != n:
            raise ValueError('trailing')
        return list(_isocalendar_to_ymd(year, week, day))
    month = _digits(s, pos, 2)
    pos += 2
    if has_sep:
        if pos >= n or s[pos] != '-':
            raise ValueError('separator')
        pos += 1
    day = _digits(s, pos, 2)
    pos += 2
    if pos != n:
        raise ValueError('trailing')
    return [year, month, day]


def _find_isoformat_datetime_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            # YYYY-Www or YYYY-Www-D
            if n > 8 and s[8] == '-':
                if n > 10 and s[10] in '0123456789':
                    return 8    # YYYY-Www-HH...: the hyphen is taken for the separator
                return 10 if n > 10 else n
            return 8
        return 10
    if s[4] == 'W':
        # YYYYWww or YYYYWwwD, then any one character as the separator (a digit too): a
        # run of digits from 7 on that ends at 9 or later is split by its parity (an even
        # end means no weekday digit: 2022W52520 is week 52, separator '5', hour 20)
        end = 7
        while end < n and s[end] in '0123456789':
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_hh_mm_ss_ff(s):
    # HH[:MM[:SS]] or HH[MM[SS]], then a fraction (.ffffff or ,ffffff, of the second
    # whatever the last component is: CPython's reading); returns [hh, mm, ss, us]
    n = len(s)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for i in range(3):
        comps[i] = _digits(s, pos, 2)
        pos += 2
        if pos >= n:
            return comps
        c = s[pos]
        if i == 0:
            has_sep = c == ':'
        if c == ':' and has_sep:
            pos += 1
            continue
        if c in '.,':
            break
        if has_sep:
            if i == 2:
                break
            raise ValueError('bad separator')
    if pos < n:
        if s[pos] not in '.,' or comps[2] is None:
            raise ValueError('bad fraction')
        pos += 1
        frac = s[pos:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError('bad fraction')
        digits = frac[:6]
        comps[3] = int(digits) * 10 ** (6 - len(digits))
    return comps


def _parse_isoformat_time(s):
    n = len(s)
    if n < 2:
        raise ValueError('too short')
    tz_pos = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            tz_pos = i
            break
    tstr = s if tz_pos < 0 else s[:tz_pos]
    comps = _parse_hh_mm_ss_ff(tstr)
    tzi = None
    if tz_pos >= 0:
        if s[tz_pos] == 'Z':
            if tz_pos != n - 1:
                raise ValueError('trailing after Z')
            tzi = timezone.utc
        else:
            tzc = _parse_hh_mm_ss_ff(s[tz_pos + 1:])
            if tzc[:3] == [0, 0, 0]:
                tzi = timezone.utc    # whatever the fraction (as CPython)
            else:
                sign = -1 if s[tz_pos] == '-' else 1
                td = timedelta(hours=tzc[0], minutes=tzc[1], seconds=tzc[2],
                               microseconds=tzc[3])
                tzi = timezone(sign * td)
    comps.append(tzi)
    return comps

"""zoneinfo.ZoneInfo: a datetime.tzinfo built from a TZif file.

A zone is kept as its transitions in UTC seconds, the same transitions in local wall
seconds (one list for fold=0, which takes the larger of the offsets around each
transition, one for fold=1, the smaller), the _TTInfo that starts at each transition,
the _TTInfo before the first one, and a _Rule (the footer's POSIX TZ string) for times
after the last one.  "Local seconds" count nominal wall-clock seconds since 1970-01-01.
"""

import bisect
import weakref
from datetime import tzinfo, timedelta, datetime

from _collections import _c_type_name
from . import _common, _tzpath

_EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()
_DAYS_IN_MONTH = (None, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (None, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_SOURCE_NOCACHE, _SOURCE_CACHE, _SOURCE_FILE = 0, 1, 2
_STRONG_CACHE_SIZE = 8


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ordinal(y, m, d):
    # proleptic Gregorian day number, 0001-01-01 being 1 (date.toordinal())
    p = y - 1
    days = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and _is_leap(y):
        days += 1
    return days


_timedeltas = {}


def _delta(seconds):
    # one shared timedelta per offset
    td = _timedeltas.get(seconds)
    if td is None:
        td = _timedeltas[seconds] = timedelta(0, seconds)
    return td


class _TTInfo:
    """One local time type: UTC offset, DST amount and abbreviation."""
    __slots__ = ("utcoff", "dstoff", "tzname", "seconds")

    def __init__(self, utcoff, dstoff, tzname):
        self.seconds = utcoff
        self.utcoff = _delta(utcoff)
        self.dstoff = _delta(dstoff)
        self.tzname = tzname

    def same(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)


class _NoInfo:
    # what a zone whose offset depends on the date answers for datetime.time
    __slots__ = ()
    utcoff = dstoff = tzname = None


_NO_INFO = _NoInfo()


class _DayRule:
    """Jn (julian: 1..365, February 29 never counted) or n (0..365) of a TZ string."""
    __slots__ = ("julian", "day", "hour", "minute", "second")

    def __init__(self, julian, day, hour, minute, second):
        if day < julian or day > 365:
            raise ValueError(f"day must be in [{julian}, 365], not: {day}")
        self.julian, self.day = julian, day
        self.hour, self.minute, self.second = hour, minute, second

    def local_seconds(self, year):
        # As CPython, both forms count from the day before January 1 (so n=0 is the
        # last day of the previous year).
        before = _ordinal(year, 1, 1) - _EPOCH_ORDINAL - 1
        day = self.day
        if self.julian and day >= 59 and _is_leap(year):
            day += 1
        return (before + day) * 86400 + self.hour * 3600 + self.minute * 60 + self.second


class _MonthRule:
    """Mm.w.d of a TZ string: weekday d (0 is Sunday) of week w (5: the last) of
    month m."""
    __slots__ = ("month", "week", "day", "hour", "minute", "second")

    def __init__(self, month, week, day, hour, minute, second):
        if not 0 < month <= 12:
            raise ValueError("Month must be in (0, 12]")
        if not 0 < week <= 5:
            raise ValueError("Week must be in (0, 5]")
        if not 0 <= day <= 6:
            raise ValueError("Day must be in [0, 6]")
        self.month, self.week, self.day = month, week, day
        self.hour, self.minute, self.second = hour, minute, second

    def local_seconds(self, year):
        first = _ordinal(year, self.month, 1)
        # the first weekday of the month, 0 = Sunday as in POSIX (ordinal 1 is a Monday)
        first_wday = first % 7
        mday = 1 + (self.day - first_wday) % 7 + (self.week - 1) * 7
        length = _DAYS_IN_MONTH[self.month] + (self.month == 2 and _is_leap(year))
        if mday > length:
            mday -= 7
        days = first + mday - 1 - _EPOCH_ORDINAL
        return days * 86400 + self.hour * 3600 + self.minute * 60 + self.second


class _Rule:
    """The zone after its last transition: standard time only, or standard and
    daylight time alternating by the start and end rules of each year."""
    __slots__ = ("std", "dst", "diff", "start", "end")

    def __init__(self, std_abbr, std_offset, dst_abbr=None, dst_offset=0, start=None,
                 end=None):
        self.std = _TTInfo(std_offset, 0, std_abbr)
        self.dst = None
        self.diff = 0
        self.start, self.end = start, end
        if dst_abbr is not None:
            self.diff = dst_offset - std_offset
            self.dst = _TTInfo(dst_offset, self.diff, dst_abbr)

    def find(self, ts, fold, year):
        # the type in force at local seconds [ts]; the fold decides which side of a
        # transition the gap and the repeated hour belong to
        if self.dst is None:
            return self.std
        start = self.start.local_seconds(year)
        end = self.end.local_seconds(year)
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        return self.dst if _between(ts, start, end) else self.std

    def find_utc(self, ts, year):
        # (type, fold) at UTC seconds [ts]
        if self.dst is None:
            return self.std, 0
        start = self.start.local_seconds(year) - self.std.seconds
        end = self.end.local_seconds(year) - self.dst.seconds
        isdst = _between(ts, start, end)
        # the repeated hour follows the end of DST (or, DST being negative, its start)
        if self.diff > 0:
            fold = end <= ts < end + self.diff
        else:
            fold = start <= ts < start - self.diff
        return (self.dst if isdst else self.std), int(fold)


def _between(ts, start, end):
    # inside [start, end), the interval wrapping around the new year when start >= end
    if start < end:
        return start <= ts < end
    return ts < end or ts >= start


# ---- the POSIX TZ string of the footer: std offset[dst[offset],start[/time],end[/time]]

def _digits(s, i, most):
    # (value, next index) of up to [most] ASCII digits at s[i:], value None when none
    j = i
    while j < len(s) and j - i < most and 48 <= s[j] <= 57:
        j += 1
    if j == i:
        return None, i
    return int(s[i:j]), j


def _is_alpha(c):
    return 65 <= c <= 90 or 97 <= c <= 122


def _parse_abbr(s, i):
    # (abbreviation, next index); None when there is none or it is malformed
    if i < len(s) and s[i] == 60:            # <...>: letters, digits, + and -
        j = i + 1
        while j < len(s) and s[j] != 62:
            c = s[j]
            if not (_is_alpha(c) or 48 <= c <= 57 or c in b"+-"):
                return None, i
            j += 1
        if j >= len(s):
            return None, i
        return s[i + 1:j].decode(), j + 1
    j = i
    while j < len(s) and _is_alpha(s[j]):
        j += 1
    if j == i:
        return None, i
    return s[i:j].decode(), j


def _parse_offset(s, i):
    # [+|-]hh[:mm[:ss]] with hh <= 24; POSIX counts west as positive, so the result is
    # the negated value (seconds east of UTC)
    sign = -1
    if i < len(s) and s[i] in b"+-":
        if s[i] == 45:
            sign = 1
        i += 1
    hours, i = _digits(s, i, 2)
    if hours is None or hours > 24:
        return None, i
    total = hours * 3600
    for unit in (60, 1):
        if i >= len(s) or s[i] != 58:
            break
        if i + 3 > len(s) or not s[i + 1:i + 3].isdigit():
            return None, i
        total += int(s[i + 1:i + 3]) * unit
        i += 3
    return sign * total, i


def _parse_time(s, i):
    # /time of a rule: [+|-]h[h][:mm[:ss]], every field signed alike
    sign = 1
    if i < len(s) and s[i] in b"+-":
        if s[i] == 45:
            sign = -1
        i += 1
    fields = []
    for n in range(3):
        if n:
            if i >= len(s) or s[i] != 58:
                break
            i += 1
            if i + 2 > len(s) or not s[i:i + 2].isdigit():
                return None, i
            fields.append(int(s[i:i + 2]))
            i += 2
        else:
            value, i = _digits(s, i, 2)
            if value is None:
                return None, i
            fields.append(value)
    fields += [0] * (3 - len(fields))
    return tuple(sign * f for f in fields), i


def _parse_rule(s, i):
    # (rule, next index) for Jn, n or Mm.w.d with an optional /time; the rule's own
    # range check raises ValueError
    hms = (2, 0, 0)
    if i < len(s) and s[i] == 77:                       # M
        month, j = _digits(s, i + 1, 2)
        if month is None:
            return None, i
        fields = [month]
        for _ in range(2):
            if j >= len(s) or s[j] != 46:
                return None, i
            if j + 1 >= len(s) or not 48 <= s[j + 1] <= 57:
                return None, i
            fields.append(s[j + 1] - 48)
            j += 2
        if j < len(s) and s[j] == 47:
            hms, j = _parse_time(s, j + 1)
            if hms is None:
                return None, i
        return _MonthRule(*fields, *hms), j
    julian = 0
    j = i
    if j < len(s) and s[j] == 74:                       # J
        julian = 1
        j += 1
    day, j = _digits(s, j, 3)
    if day is None:
        return None, i
    if j < len(s) and s[j] == 47:
        hms, j = _parse_time(s, j + 1)
        if hms is None:
            return None, i
    return _DayRule(julian, day, *hms), j


def _parse_tz_str(raw):
    s = raw.split(b"\x00", 1)[0]
    std, i = _parse_abbr(s, 0)
    if std is None:
        raise ValueError(f"Invalid STD format in {raw!r}")
    std_off, i = _parse_offset(s, i)
    if std_off is None:
        raise ValueError(f"Invalid STD offset in {raw!r}")
    if i == len(s):
        return _Rule(std, std_off)
    dst, i = _parse_abbr(s, i)
    if dst is None:
        raise ValueError(f"Invalid DST format in {raw!r}")
    if i < len(s) and s[i] == 44:
        dst_off = std_off + 3600
    else:
        dst_off, i = _parse_offset(s, i)
        if dst_off is None:
            raise ValueError(f"Invalid DST offset in {raw!r}")
    rules = []
    for _ in range(2):
        if i >= len(s) or s[i] != 44:
            raise ValueError(f"Missing transition rules in TZ string: {raw!r}")
        try:
            rule, i = _parse_rule(s, i + 1)
        except ValueError:
            rule = None
        if rule is None:
            raise ValueError(f"Malformed transition rule in TZ string: {raw!r}") from None
        rules.append(rule)
    if i != len(s):
        raise ValueError(f"Extraneous characters at end of TZ string: {raw!r}")
    return _Rule(std, std_off, dst, dst_off, *rules)


# ---- deriving the zone from the file's data

def _dst_offsets(trans_idx, utcoffs, isdsts):
    # TZif stores only isdst, but dst() needs the amount: take it from the standard
    # time next to a DST period (before it, else after it); 1 hour when none is found.
    count = len(isdsts)
    dstoffs = [0] * count
    n = len(trans_idx)
    for i in range(1, n):
        idx = trans_idx[i]
        if not isdsts[idx] or dstoffs[idx]:
            continue
        amount = 0
        prev = trans_idx[i - 1]
        if not isdsts[prev]:
            amount = utcoffs[idx] - utcoffs[prev]
        if not amount and idx < count - 1 and i + 1 < n:
            nxt = trans_idx[i + 1]
            if isdsts[nxt]:
                continue
            amount = utcoffs[idx] - utcoffs[nxt]
        if amount:
            dstoffs[idx] = amount
    for idx in range(count):
        if isdsts[idx] and not dstoffs[idx]:
            dstoffs[idx] = 3600
    return dstoffs


def _wall_transitions(trans_idx, trans_utc, utcoffs):
    # the transitions in local seconds: [0] with the larger of the offsets before and
    # after each (fold=0), [1] with the smaller (fold=1); type 0 stands before the first
    if not trans_utc:
        return [], []
    later, earlier = [], []
    before = utcoffs[0]
    for t, idx in zip(trans_utc, trans_idx):
        after = utcoffs[idx]
        later.append(t + max(before, after))
        earlier.append(t + min(before, after))
        before = after
    return later, earlier


def _local_seconds(dt):
    if type(dt) is datetime:
        days = _ordinal(dt.year, dt.month, dt.day)
    else:
        days = dt.toordinal()
    return (days - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


def _key_arg(args, kwargs):
    # the one argument 'key' (positional or keyword), with the C argument parser's messages
    given = len(args) + len(kwargs)
    if given > 1:
        if args and "key" in kwargs:
            raise TypeError("argument for function given by name ('key') and position (1)")
        raise TypeError(f"function takes at most 1 argument ({given} given)")
    if not args and "key" not in kwargs:
        raise TypeError("function missing required argument 'key' (pos 1)")
    for name in kwargs:
        if name != "key":
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    return args[0] if args else kwargs["key"]


def _dt_arg(method, args):
    # the single positional argument of a METH_O method
    if len(args) != 1:
        raise TypeError(f"ZoneInfo.{method}() takes exactly one argument ({len(args)} given)")
    return args[0]


class _KeyMember:
    # ZoneInfo.key: read-only, as the C type's member
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj._key

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


# the base class's caches (C's ZoneInfo has no _weak_cache attribute; subclasses do)
_weak_cache = weakref.WeakValueDictionary()
_strong_cache = []   # [key, zone] pairs, the most recently used first (base class only)


class ZoneInfo(tzinfo):
    __slots__ = ("_key", "_file_repr", "_source", "_trans_utc", "_trans_wall",
                 "_trans_tti", "_tti_before", "_after", "_fixed", "__weakref__")

    key = _KeyMember()

    def __new__(cls, *args, **kwargs):
        key = _key_arg(args, kwargs)
        if cls is ZoneInfo:
            for i, (k, zone) in enumerate(_strong_cache):
                if key == k:
                    if i:
                        del _strong_cache[i]
                        _strong_cache.insert(0, [k, zone])
                    return zone
        cache = _weak_cache if cls is ZoneInfo else cls._weak_cache
        zone = cache.get(key, None)
        if zone is None:
            zone = cache.setdefault(key, cls._new_instance(key))
            zone._source = _SOURCE_CACHE
        if cls is ZoneInfo:
            _strong_cache.insert(0, [key, zone])
            del _strong_cache[_STRONG_CACHE_SIZE:]
        return zone

    def __init_subclass__(cls, **kwargs):
        # each subclass has a cache of its own (and no strong cache)
        cls._weak_cache = weakref.WeakValueDictionary()

    @classmethod
    def _new_instance(cls, key):
        path = _tzpath.find_tzfile(key)
        fobj = _common.load_tzdata(key) if path is None else open(path, "rb")
        with fobj:
            return cls._loaded(fobj, key, _SOURCE_NOCACHE, None)

    @classmethod
    def _loaded(cls, fobj, key, source, file_repr):
        # a new zone read from [fobj]
        self = tzinfo.__new__(cls)
        self._load(fobj)
        self._key, self._source, self._file_repr = key, source, file_repr
        return self

    @classmethod
    def no_cache(cls, *args, **kwargs):
        """Get a new instance of ZoneInfo, bypassing the cache."""
        key = _key_arg(args, kwargs)
        return cls._new_instance(key)

    @classmethod
    def from_file(cls, *args, **kwargs):
        """Create a ZoneInfo file from a file object."""
        given = len(args) + len(kwargs)
        if not args:
            raise TypeError(f"function takes at least 1 positional argument ({len(args)} given)")
        if given > 2:
            raise TypeError(f"function takes at most 2 arguments ({given} given)")
        for name in kwargs:
            if name != "key":
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if len(args) == 2 and kwargs:
            raise TypeError("argument for function given by name ('key') and position (2)")
        fobj = args[0]
        key = args[1] if len(args) == 2 else kwargs.get("key")
        return cls._loaded(fobj, key, _SOURCE_FILE, repr(fobj))

    @classmethod
    def clear_cache(cls, *args, **kwargs):
        """Clear the ZoneInfo cache."""
        if args:
            raise TypeError("function takes no positional arguments")
        for name in kwargs:
            if name != "only_keys":
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        only_keys = kwargs.get("only_keys")
        cache = _weak_cache if cls is ZoneInfo else cls._weak_cache
        if only_keys is None:
            cache.clear()
            if cls is ZoneInfo:
                _strong_cache.clear()
            return
        for key in only_keys:
            if cls is ZoneInfo:
                for i, (k, _) in enumerate(_strong_cache):
                    if key == k:
                        del _strong_cache[i]
                        break
            cache.pop(key, None)

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        zone = cls._new_instance(key)
        return zone

    def __reduce__(self):
        if self._source == _SOURCE_FILE:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (self._unpickle, (self._key, int(self._source == _SOURCE_CACHE)))

    def _type_name(self):
        cls = type(self)
        return "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__

    def __repr__(self):
        if self._key is not None:
            return f"{self._type_name()}(key={self._key!r})"
        return f"{self._type_name()}.from_file({self._file_repr})"

    def __str__(self):
        if self._key is not None:
            return self._key
        return repr(self)

    # -- lookups

    def _find(self, dt):
        if dt is None:
            return self._after.std if self._fixed else _NO_INFO
        ts = _local_seconds(dt)
        fold = dt.fold
        wall = self._trans_wall[fold]
        if wall and ts < wall[0]:
            return self._tti_before
        if not wall or ts > wall[-1]:
            return self._after.find(ts, fold, dt.year)
        return self._trans_tti[bisect.bisect_right(wall, ts) - 1]

    def utcoffset(self, /, *dt):
        """Retrieve a timedelta representing the UTC offset in a zone at the given
        datetime."""
        return self._find(_dt_arg("utcoffset", dt)).utcoff

    def dst(self, /, *dt):
        """Retrieve a timedelta representing the amount of DST applied in a zone at the
        given datetime."""
        return self._find(_dt_arg("dst", dt)).dstoff

    def tzname(self, /, *dt):
        """Retrieve a string containing the abbreviation for the time zone that applies
        in a zone at a given datetime."""
        return self._find(_dt_arg("tzname", dt)).tzname

    def fromutc(self, /, *dt):
        """Given a datetime with local time in UTC, retrieve an adjusted datetime in
        local time."""
        dt = _dt_arg("fromutc", dt)
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _local_seconds(dt)
        utc = self._trans_utc
        n = len(utc)
        fold = 0
        if n and ts < utc[0]:
            tti = self._tti_before
        elif not n or ts > utc[-1]:
            tti, fold = self._after.find_utc(ts, dt.year)
            if n:
                # just after the last transition the repeated hour is the one between
                # the last listed type and the rule's
                prev = self._tti_before if n == 1 else self._trans_tti[n - 2]
                back = prev.seconds - tti.seconds
                if back > 0 and ts < utc[-1] + back:
                    fold = 1
        else:
            idx = bisect.bisect_right(utc, ts)
            if idx >= 2:
                prev, tti = self._trans_tti[idx - 2], self._trans_tti[idx - 1]
            else:
                prev, tti = self._tti_before, self._trans_tti[0]
            if prev.seconds - tti.seconds > ts - utc[idx - 1]:
                fold = 1
        local = dt + tti.utcoff
        if fold:
            local = local.replace(fold=1)
        return local

    # -- loading

    def _load(self, fobj):
        trans_idx, trans_utc, utcoffs, isdsts, abbrs, tz_str = _common.load_data(fobj)
        count = len(utcoffs)
        for idx in trans_idx:
            if idx >= count:
                raise ValueError(
                    f"Invalid transition index found while reading TZif: {idx}")
        isdsts = [bool(x) for x in isdsts]
        dstoffs = _dst_offsets(trans_idx, utcoffs, isdsts)
        ttinfos = [_TTInfo(u, d, a) for u, d, a in zip(utcoffs, dstoffs, abbrs)]
        self._trans_utc = list(trans_utc)
        self._trans_wall = _wall_transitions(trans_idx, trans_utc, utcoffs)
        self._trans_tti = [ttinfos[i] for i in trans_idx]
        # before the first transition: the first standard-time type
        self._tti_before = next((t for t, d in zip(ttinfos, isdsts) if not d),
                                ttinfos[0] if ttinfos else None)
        if tz_str:
            self._after = _parse_tz_str(tz_str)
        else:
            if not ttinfos:
                raise ValueError("No time zone information found.")
            last = ttinfos[trans_idx[-1] if trans_idx else -1]
            self._after = _Rule(last.tzname, last.seconds)
            if last.dstoff:
                self._after.std.dstoff = last.dstoff
        # a fixed-offset zone answers for datetime.time (dt None) too
        after = self._after
        if count > 1 or after.dst is not None:
            self._fixed = False
        elif not count:
            self._fixed = True
        else:
            self._fixed = ttinfos[0].same(after.std)


ZoneInfo.__module__ = "zoneinfo"
_c_type_name(ZoneInfo)

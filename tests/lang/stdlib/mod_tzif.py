# Helpers for the zoneinfo tests: TZif bytes built from a list of transitions and local
# time types (RFC 8536), so the tests do not depend on the machine's /usr/share/zoneinfo.
import struct
from datetime import datetime, timedelta, timezone


def tzif(transitions, types, tz_str=b"", version=2):
    """transitions: [(utc_seconds, type_index)]; types: [(utcoff, isdst, abbr)];
    tz_str: the footer (version >= 2)."""
    chars = b""
    index = {}
    for _, _, abbr in types:
        if abbr not in index:
            index[abbr] = len(chars)
            chars += abbr.encode() + b"\x00"

    def block(size):
        code = "l" if size == 4 else "q"
        n = len(transitions)
        out = b"TZif" + (b"\x00" if version == 1 else str(version).encode()) + bytes(15)
        out += struct.pack(">6l", 0, 0, 0, n, len(types), len(chars))
        out += struct.pack(f">{n}{code}", *[t for t, _ in transitions])
        out += bytes(i for _, i in transitions)
        for off, dst, abbr in types:
            out += struct.pack(">lbb", off, dst, index[abbr])
        return out + chars

    if version == 1:
        return block(4)
    v1 = [(t, i) for t, i in transitions if -2**31 <= t < 2**31]
    saved = transitions
    transitions = v1
    head = block(4)
    transitions = saved
    return head + block(8) + b"\n" + tz_str + b"\n"


def utc(*args):
    return int(datetime(*args, tzinfo=timezone.utc).timestamp())


def info(dt):
    off = dt.utcoffset()
    return (None if off is None else int(off.total_seconds()),
            None if dt.dst() is None else int(dt.dst().total_seconds()), dt.tzname())


def _changes(fn, year):
    # (instant, value) where fn's value changes in [year]: 4-day steps, then days, then
    # 15-minute steps inside a day whose end differs from its start
    t = datetime(year, 1, 1)
    end = datetime(year + 1, 1, 1) if year < 9999 else datetime(9999, 12, 31)
    prev = fn(t)
    out = [(None, prev)]
    while t < end:
        nxt = min(t + timedelta(days=4), end)
        if fn(nxt) == prev:
            t = nxt
            continue
        while t < nxt:
            day = t + timedelta(days=1)
            if fn(day) != prev:
                while t < day:
                    t += timedelta(minutes=15)
                    cur = fn(t)
                    if cur != prev:
                        out.append((t, cur))
                        prev = cur
            t = day
    return out


def local_changes(zone, year):
    """Prints each instant of [year] (local wall time) at which (utcoffset, dst, tzname)
    changes for fold=0 or fold=1."""
    def both(t):
        return (info(t.replace(tzinfo=zone, fold=0)), info(t.replace(tzinfo=zone, fold=1)))
    for t, value in _changes(both, year):
        if t is None:
            print(f"  {year} starts {value}")
        else:
            print(f"  {t:%Y-%m-%d %H:%M} {value}")


def utc_changes(zone, year):
    """Prints each UTC instant of [year] at which astimezone(zone) changes offset or
    fold, with the local result."""
    def conv(t):
        a = t.replace(tzinfo=timezone.utc).astimezone(zone)
        return a.utcoffset(), a.fold
    for t, _ in _changes(conv, year)[1:]:
        a = t.replace(tzinfo=timezone.utc).astimezone(zone)
        print(f"  utc {t:%Y-%m-%d %H:%M} -> {a.isoformat()} fold={a.fold} {a.tzname()}")

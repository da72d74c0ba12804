# zoneinfo: reading TZif data: versions 1/2/3, shared abbreviations, dst() inferred from
# the neighbouring standard time, zones without transitions or without a footer, fixed
# offsets and datetime.time, and the errors for bad data (magic, version, truncated
# blocks, transition index, empty zone, every malformed TZ string).
import io
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo
from mod_tzif import tzif, utc, info


def load(data, key=None):
    return ZoneInfo.from_file(io.BytesIO(data), key=key)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def show(z, *dts):
    for d in dts:
        for f in (0, 1):
            print("   ", d, f, info(d.replace(tzinfo=z, fold=f)))


# version 1: no footer, the last type stays; shared abbreviation tails (AHST / HST)
types = [(-36000, 0, "AHST"), (-32400, 1, "HDT"), (-36000, 0, "HST")]
data = tzif([(utc(1950, 4, 1, 12), 1), (utc(1950, 10, 1, 11), 0), (utc(1960, 1, 1), 2)],
            types, version=1)
for version in (1, 2, 3):
    d = data if version == 1 else tzif(
        [(utc(1950, 4, 1, 12), 1), (utc(1950, 10, 1, 11), 0), (utc(1960, 1, 1), 2)],
        types, b"HST10", version)
    z = load(d, key=f"v{version}")
    print("version", version, repr(z), str(z))
    show(z, datetime(1900, 1, 1), datetime(1950, 4, 1, 1, 30), datetime(1950, 6, 1),
         datetime(1950, 10, 1, 0, 30), datetime(1970, 1, 1), datetime(2200, 1, 1))

# abbreviations sharing bytes, a type no transition uses, transitions before 1901
z = load(tzif([(-2**40, 1), (utc(1880, 1, 1), 2), (utc(2000, 1, 1), 0)],
              [(3600, 0, "CET"), (7200, 1, "CEST"), (3600, 0, "ET")], b""))
show(z, datetime(1, 1, 1), datetime(1879, 12, 31), datetime(1999, 12, 31, 23),
     datetime(9999, 12, 31, 23))

# dst(): the amount comes from the standard time before the DST period, else after
z = load(tzif([(utc(1940, 1, 1), 1), (utc(1941, 1, 1), 2), (utc(1942, 1, 1), 3),
               (utc(1943, 1, 1), 0)],
              [(0, 0, "A"), (1800, 1, "B"), (5400, 1, "C"), (3600, 0, "D")], b"D-1"))
show(z, datetime(1940, 6, 1), datetime(1941, 6, 1), datetime(1942, 6, 1))
# only DST types: the first stands before the first transition, dst() defaults to 1h
z = load(tzif([(0, 1)], [(7200, 1, "X"), (10800, 1, "Y")], b""))
show(z, datetime(1960, 1, 1), datetime(1980, 1, 1))

# no transitions: the footer alone, or the last type without a footer
for footer in (b"", b"ABC-3", b"<+05>-5", b"EST5EDT,M3.2.0,M11.1.0"):
    z = load(tzif([], [(7200, 0, "TWO"), (10800, 0, "THREE")], footer))
    print("no transitions", footer)
    show(z, datetime(2020, 1, 1), datetime(2020, 7, 1))
    print("    time:", time(12, tzinfo=z).utcoffset(), time(12, tzinfo=z).tzname(),
          time(12, tzinfo=z).dst())

# fixed offset zones answer for datetime.time; a zone with one type and the same footer
z = load(tzif([], [(19800, 0, "IST")], b"IST-5:30"))
print("fixed", z.utcoffset(None), z.dst(None), z.tzname(None))
z = load(tzif([], [(19800, 0, "IST")], b"IST-5:31"))
print("not fixed", z.utcoffset(None), z.dst(None), z.tzname(None))
z = load(tzif([(0, 0)], [(-3600, 1, "M")], b""))
print("dst type only", z.utcoffset(None), z.dst(None), z.tzname(None))

# fromutc around the transitions, and its argument checks
z = load(tzif([(utc(2000, 3, 26, 1), 1), (utc(2000, 10, 29, 1), 0)],
              [(3600, 0, "CET"), (7200, 1, "CEST")], b"CET-1CEST,M3.5.0,M10.5.0/3"))
t = datetime(2000, 10, 29, 0, 0, tzinfo=timezone.utc)
for i in range(6):
    u = t + timedelta(minutes=30 * i)
    a = u.astimezone(z)
    print("fromutc", u, "->", a, a.fold, a.tzname(), z.fromutc(u.replace(tzinfo=z)).fold)
attempt("fromutc(str)", lambda: z.fromutc("x"))
attempt("fromutc(naive)", lambda: z.fromutc(datetime(2000, 1, 1)))
attempt("fromutc(other zone)", lambda: z.fromutc(datetime(2000, 1, 1, tzinfo=timezone.utc)))
attempt("utcoffset()", lambda: z.utcoffset())
attempt("utcoffset(1)", lambda: z.utcoffset(1))
attempt("dst(1, 2)", lambda: z.dst(1, 2))

# bad data
good = tzif([(0, 1)], [(0, 0, "A"), (3600, 1, "B")], b"A0B,M3.2.0,M11.1.0")
cases = {
    "empty": b"",
    "magic": b"TZiF2" + good[5:],
    "version": b"TZifx" + good[5:],
    "short header": good[:30],
    "short v1 data": tzif([(0, 1)], [(0, 0, "A"), (3600, 1, "B")], version=1)[:-5],
    "short v2 header": good[:60],
    "no footer newline": good[:-len(b"A0B,M3.2.0,M11.1.0\n") - 1],
    "bad index": tzif([(0, 5)], [(0, 0, "A")], b"A0"),
    "no types": tzif([], [], b""),
    "no types, footer": tzif([], [], b"UTC1"),
    "bad utf-8": tzif([], [(0, 0, "A")], b"A0").replace(b"A\x00\n", b"\xff\x00\n"),
}
for label, d in cases.items():
    attempt(label, lambda: load(d).utcoffset(datetime(2000, 1, 1)))
attempt("not a file", lambda: ZoneInfo.from_file(b"TZif"))
for footer in [b"0", b"<A", b"<A*>0", b"A", b"A+", b"A25", b"A1:2", b"A1B", b"A1B2",
               b"A1B,", b"A1B,M3", b"A1B,M3.2", b"A1B,M13.1.0,M1.1.0", b"A1B,M3.6.0,M1.1.0",
               b"A1B,M3.1.7,M1.1.0", b"A1B,J0,J1", b"A1B,366,1", b"A1B,1,2x",
               b"A1B,1/,2", b"A1B,1/1:2,2", b"A1B,1,2,3", b"A1B,M3.2.0", b"A1,J1,J2",
               b"A1B2:00:00,1/1:00:00,2/-1", b"A1\x00B", b"<+1a-Z>-1:30"]:
    attempt(f"footer {footer!r}", lambda: repr(load(tzif([], [(0, 0, "Z")], footer)).utcoffset(datetime(2000, 6, 1))))

# zoneinfo: the POSIX TZ string of a TZif footer governs the times after the last
# transition: Mm.w.d, Jn and n rules, default and explicit /time (negative, past 24h),
# negative DST, DST across the new year, half-hour offsets, quoted abbreviations. Each
# zone is scanned for the changes of utcoffset/dst/tzname (fold 0 and 1) and of
# astimezone (fold of the result) in years from 1900 to 2100.
import io
from zoneinfo import ZoneInfo
from mod_tzif import tzif, utc, local_changes, utc_changes

LMT = (-17762, 0, "LMT")
zones = {
    # transitions in 1920 and 1990, then the rule
    "us": ([(utc(1920, 3, 28, 7), 1), (utc(1920, 10, 31, 6), 2), (utc(1990, 4, 1, 7), 1),
            (utc(1990, 10, 28, 6), 2)],
           [LMT, (-14400, 1, "EDT"), (-18000, 0, "EST")], b"EST5EDT,M3.2.0,M11.1.0"),
    "south": ([(utc(1971, 10, 31, 0), 1)], [(36000, 0, "AEST"), (39600, 1, "AEDT")],
              b"AEST-10AEDT,M10.1.0,M4.1.0/3"),
    "negative_dst": ([(utc(1971, 10, 31, 2), 1)], [(3600, 1, "IST"), (0, 0, "GMT")],
                     b"IST-1GMT0,M10.5.0,M3.5.0/1"),
    "julian": ([], [(-10800, 0, "AAA")], b"AAA3BBB,J60/2,J300/2"),
    "zero_based": ([], [(7200, 0, "CCC")], b"CCC-2DDD,59/25,300/-1"),
    "negative_times": ([(utc(1980, 4, 6), 1)], [(-10800, 0, "-03"), (-7200, 1, "-02")],
                       b"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1"),
    "long_hours": ([], [(12600, 0, "+0330")], b"<+0330>-3:30<+0430>,J79/24,J263/24"),
    "half_hour": ([], [(37800, 0, "+1030")], b"<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"),
    "dst_all_year": ([], [(-18000, 0, "EST")], b"EST5EDT,0/0,J365/25"),
    "offset_seconds": ([], [(3723, 0, "XX")], b"XX-1:02:03YY-2:02:03,M3.1.0/1:30:15,M10.5.0/2:00:30"),
    "w5_last": ([], [(0, 0, "AA")], b"AA0BB-1,M2.5.6/23,M12.5.0/0"),
}
for name, (trans, types, footer) in zones.items():
    z = ZoneInfo.from_file(io.BytesIO(tzif(trans, types, footer)), key=name)
    print(name, footer.decode())
    for year in (1900, 1920, 1990, 2038, 2100):
        local_changes(z, year)
        utc_changes(z, year)

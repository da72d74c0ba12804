"""Reading TZif files (RFC 8536) into plain tuples, and the errors of zoneinfo."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def load_tzdata(key):
    """Opens the resource for [key] in the tzdata package (binary), or raises
    ZoneInfoNotFoundError when that package or the resource is missing."""
    from importlib import resources
    *dirs, name = key.split("/")
    try:
        return resources.files(".".join(["tzdata.zoneinfo", *dirs])).joinpath(name).open("rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError):
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}")


_HEADER = struct.Struct(">6l")   # isutcnt isstdcnt leapcnt timecnt typecnt charcnt
_TTINFO = struct.Struct(">lbb")  # utoff isdst desigidx


class _Header:
    __slots__ = ("version", "isutcnt", "isstdcnt", "leapcnt", "timecnt", "typecnt",
                 "charcnt")

    @classmethod
    def read(cls, fobj):
        if fobj.read(4) != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        raw = fobj.read(1)
        # version 1 files have a NUL byte there, later ones an ASCII digit
        version = 1 if raw == b"\x00" else int(raw)
        fobj.read(15)
        h = cls()
        h.version = version
        (h.isutcnt, h.isstdcnt, h.leapcnt, h.timecnt, h.typecnt,
         h.charcnt) = _HEADER.unpack(fobj.read(_HEADER.size))
        return h

    def v1_data_size(self):
        # the size of a version 1 data block: 32-bit times and leap-second records
        return (self.timecnt * 5 + self.typecnt * 6 + self.charcnt + self.leapcnt * 8
                + self.isstdcnt + self.isutcnt)


def load_data(fobj):
    """Reads a TZif stream and returns (trans_idx, trans_list_utc, utcoff, isdst, abbr,
    tz_str): the transitions (UTC seconds) with the index of the local time type each
    starts, the types' UTC offsets, isdst flags and abbreviations, and the footer's
    POSIX TZ string (bytes; None for a version 1 file)."""
    header = _Header.read(fobj)
    if header.version == 1:
        tsize, tcode = 4, "l"
    else:
        # the 64-bit data follows the version 1 block, behind a second header
        tsize, tcode = 8, "q"
        fobj.seek(header.v1_data_size(), 1)
        header = _Header.read(fobj)

    n = header.timecnt
    if n:
        trans_utc = struct.unpack(f">{n}{tcode}", fobj.read(n * tsize))
        trans_idx = struct.unpack(f">{n}B", fobj.read(n))
    else:
        trans_utc = trans_idx = ()

    if header.typecnt < 0:
        # (CPython unpacks the columns of no records here)
        raise ValueError("not enough values to unpack (expected 3, got 0)")
    records = [_TTINFO.unpack(fobj.read(_TTINFO.size)) for _ in range(header.typecnt)]
    utcoff = tuple(r[0] for r in records)
    isdst = tuple(r[1] for r in records)

    # An abbreviation is indexed by its first byte in the NUL-separated block, and one
    # may be the tail of another ("AHST\0" gives "AHST" at 0 and "HST" at 1).
    chars = fobj.read(header.charcnt)
    names = {}
    for _, _, at in records:
        if at not in names:
            names[at] = chars[at:chars.find(b"\x00", at)].decode()
    abbr = tuple(names[r[2]] for r in records)

    tz_str = None
    if header.version >= 2:
        # skip the leap-second records and the two indicator arrays to reach the footer
        fobj.seek(header.isutcnt + header.isstdcnt + header.leapcnt * 12, 1)
        c = fobj.read(1)
        if c != b"\n":
            raise AssertionError(c)
        parts = []
        while True:
            c = fobj.read(1)
            if c == b"\n":
                break
            if not c:
                # CPython reads on for ever here; a truncated footer is an error
                raise ValueError("Invalid TZif file: TZ string not terminated")
            parts.append(c)
        tz_str = b"".join(parts)
    return trans_idx, trans_utc, utcoff, isdst, abbr, tz_str

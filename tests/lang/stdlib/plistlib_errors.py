# plistlib: the errors for bad data and bad values: truncated or corrupt binary plists
# (trailer, offset table, object markers, lengths, references out of range, unhashable
# keys) all become InvalidFileException; XML structure errors, entity declarations,
# bad integers and dates; unsupported types, control characters, int overflow, unknown
# formats.
import datetime
import plistlib
import struct
from plistlib import FMT_XML, FMT_BINARY, InvalidFileException, UID


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(issubclass(InvalidFileException, ValueError), InvalidFileException(), InvalidFileException("x"))

good = plistlib.dumps({"a": [1, "b"], "c": b"data"}, fmt=FMT_BINARY)
print(good)


def trailer(offset_size, ref_size, count, top, table):
    return struct.pack('>6xBBQQQ', offset_size, ref_size, count, top, table)


def body(objects, ref_size=1, offset_size=1, top=0):
    data = b"bplist00"
    offsets = []
    for o in objects:
        offsets.append(len(data))
        data += o
    table = len(data)
    data += b"".join(n.to_bytes(offset_size, "big") for n in offsets)
    return data + trailer(offset_size, ref_size, len(objects), top, table)


binary_cases = {
    "empty": b"",
    "magic only": b"bplist00",
    "truncated": good[:-1],
    "truncated middle": good[:20] + good[30:],
    "trailer only": b"bplist00" + bytes(32),
    "bad top": body([b"\x09"], top=5),
    "bad table offset": b"bplist00\x09" + trailer(1, 1, 1, 0, 1000),
    "offset past end": body([b"\x09"])[:-33] + b"\xff" + body([b"\x09"])[-32:],
    "offset size 3": body([b"\x09"], offset_size=3),
    "offset size 0": body([b"\x09"])[:-32] + trailer(0, 1, 1, 0, 9),
    "ref size 3": body([b"\xa1\x00\x00\x01", b"\x09"], ref_size=3),
    "ref size 0": body([b"\xa1", b"\x09"], ref_size=0),
    "unknown marker": body([b"\x70"]),
    "marker 0x21": body([b"\x21"]),
    "uid": body([b"\x80\x07"]),
    "short float": body([b"\x23\x00"]),
    "short data": body([b"\x45ab"]),
    "short ascii": body([b"\x55ab"]),
    "short utf16": body([b"\x62\x00a"]),
    "bad ascii": body([b"\x51\xff"]),
    "bad utf16": body([b"\x61\xd8\x00"]),
    "length marker": body([b"\x4f\x10\x03abc"]),
    "length not int": body([b"\x4f\x23abc"]),
    "array ref out of range": body([b"\xa1\x07"]),
    "dict list key": body([b"\xd1\x01\x02", b"\xa0", b"\x09"]),
    "cycle in array": body([b"\xa2\x00\x01", b"\x09"]),
    "cycle in dict": body([b"\xd1\x01\x00", b"\x51k"]),
    "dict key is dict": body([b"\xd1\x00\x00"]),
    "huge date": body([b"\x33" + struct.pack(">d", 1e20)]),
    "nan date": body([b"\x33" + struct.pack(">d", float("nan"))]),
    "float32": body([b"\x22" + struct.pack(">f", 1.5)]),
    "int 16 bytes": body([b"\x14" + (2**64 - 1).to_bytes(16, "big")]),
    "int 1 byte signed?": body([b"\x10\xff"]),
    "int 8 bytes": body([b"\x13" + (2**64 - 1).to_bytes(8, "big")]),
    "empty bytes marker": body([b"\x0f"]),
}
for label, data in binary_cases.items():
    attempt(label, lambda: plistlib.loads(data, fmt=FMT_BINARY))
attempt("detected", lambda: plistlib.loads(body([b"\x09"])))
attempt("not detected", lambda: plistlib.loads(b"hello"))
attempt("empty detect", lambda: plistlib.loads(b""))
attempt("xml as binary", lambda: plistlib.loads(plistlib.dumps(1), fmt=FMT_BINARY))
attempt("unknown fmt loads", lambda: plistlib.loads(good, fmt="binary"))

xml_cases = [
    b"<plist><dict><key>a</key></dict></plist>",
    b"<plist><dict><integer>1</integer></dict></plist>",
    b"<plist><array><key>a</key></array></plist>",
    b"<plist><dict><key>a</key><key>b</key></dict></plist>",
    b"<plist><integer>abc</integer></plist>",
    b"<plist><integer>0xZZ</integer></plist>",
    b"<plist><real>x</real></plist>",
    b"<plist><date>2020-01-01</date></plist>",
    b"<plist><date>2020Z</date></plist>",
    b"<plist><date>2020-13-01T00:00:00Z</date></plist>",
    b"<plist><data>abc</data></plist>",
    b"<plist><array></plist>",
    b"<plist>",
    b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "x">]><plist><string>&e;</string></plist>',
    b"<plist><string>&undefined;</string></plist>",
    b"<plist><integer>1</integer><integer>2</integer></plist>",
    b"<plist><true/><array/></plist>",
]
for data in xml_cases:
    attempt(data[:60], lambda: plistlib.loads(data))

class Opaque:
    def __repr__(self):
        return "<Opaque>"


for fmt in (FMT_XML, FMT_BINARY):
    for value in [{1, 2}, Opaque(), 2**64, -2**63 - 1, complex(1, 2),
                  datetime.date(2020, 1, 1), {"k": [set()]},
                  datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)]:
        attempt(f"{fmt.name} {type(value).__name__}", lambda: plistlib.dumps(value, fmt=fmt))
    attempt(f"{fmt.name} sort mixed keys", lambda: plistlib.dumps({"a": 1, 2: 3}, fmt=fmt))
attempt("XML None", lambda: plistlib.dumps(None))
attempt("XML UID", lambda: plistlib.dumps(UID(1)))
attempt("XML control", lambda: plistlib.dumps("a\x00b"))
attempt("XML control key", lambda: plistlib.dumps({"a\x1fb": 1}))
try:
    plistlib.dumps(plistlib.loads(body([b"\xa1\x00"])))
except RecursionError:
    print("XML recursive: RecursionError")
attempt("dumps fmt", lambda: plistlib.dumps(1, fmt="xml"))
attempt("dump fmt", lambda: plistlib.dump(1, None, fmt=3))
attempt("dumps positional", lambda: plistlib.dumps(1, FMT_XML))
attempt("loads str", lambda: plistlib.loads("<plist/>"))

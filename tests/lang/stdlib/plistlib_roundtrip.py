# plistlib: dumps for FMT_XML and FMT_BINARY byte for byte (every type, big and negative
# ints, floats, dates, UID, containers met twice or inside themselves, sort_keys,
# skipkeys, object counts and sizes that need 2- and 4-byte references and offsets),
# and loads back (format detection, dict_type, BOMs).
import collections
import datetime
import hashlib
import io
import plistlib
from plistlib import FMT_XML, FMT_BINARY, UID

print(FMT_XML, FMT_BINARY, repr(FMT_XML), plistlib.PlistFormat.__members__.keys())
print(plistlib.__all__)

shared = [1, "s"]
values = {
    "empty dict": {},
    "empty list": [],
    "str": "hello",
    "empty str": "",
    "unicode": "h\xe9llo \u20ac \U0001f600",
    "escapes": "a<b>&c\r\nd\re\tf\n",
    "ints": [0, 1, -1, 255, 256, 65535, 65536, 2**32 - 1, 2**32, 2**63 - 1, 2**63,
             2**64 - 1, -2**63, -2**31],
    "bools": [True, False, 1, 0, 1.0],
    "floats": [0.0, -0.0, 1.5, 1e300, -2.5e-300, float("inf"), float("-inf"), 0.1],
    "bytes": [b"", b"\x00\xff", bytearray(b"abc"), b"x" * 14, b"y" * 15, b"z" * 300],
    "dates": [datetime.datetime(2001, 1, 1), datetime.datetime(1970, 1, 1, 12, 30, 5),
              datetime.datetime(2100, 12, 31, 23, 59, 59)],
    "nested": {"b": [1, {"c": (2, 3)}], "a": {"z": [], "y": {}}, "B": "upper"},
    "shared": [shared, shared, {"k": shared}],
    "long str": "q" * 20 + "\u0100" * 20,
    "tuple": (1, (2, (3,))),
}
for name, value in values.items():
    x = plistlib.dumps(value)
    b = plistlib.dumps(value, fmt=FMT_BINARY)
    print(name, len(x), hashlib.sha256(x).hexdigest()[:16], len(b),
          hashlib.sha256(b).hexdigest()[:16])
    print("  xml back:", plistlib.loads(x) == plistlib.loads(b), repr(plistlib.loads(x))[:120])
    print("  binary back:", repr(plistlib.loads(b, fmt=FMT_BINARY))[:120])
print(plistlib.dumps(values["nested"]).decode())
print(plistlib.dumps(values["bytes"]).decode())
print(plistlib.dumps(values["nested"], fmt=FMT_BINARY))

# a float in XML is its repr; dates lose their microseconds in XML, not in binary
d = datetime.datetime(2020, 5, 17, 1, 2, 3, 456789)
print(plistlib.loads(plistlib.dumps(d)), plistlib.loads(plistlib.dumps(d, fmt=FMT_BINARY)))
print(plistlib.dumps([1e16, 1.0, 123456789.125]).decode().split("<array>")[1])

# sort_keys and skipkeys
mixed = {"b": 1, "a": 2, 3: "int key", "c": {4: 5, "d": 6}}
for fmt in (FMT_XML, FMT_BINARY):
    print(fmt, plistlib.dumps({"b": 1, "a": 2}, fmt=fmt, sort_keys=False))
    print(fmt, plistlib.dumps(mixed, fmt=fmt, skipkeys=True, sort_keys=False))
    try:
        plistlib.dumps({1: 2}, fmt=fmt)
    except TypeError as e:
        print(fmt, "TypeError", e)

# UID (binary only)
for n in (0, 255, 256, 65536, 2**32, 2**64 - 1):
    b = plistlib.dumps({"u": UID(n)}, fmt=FMT_BINARY)
    print("UID", n, b[8:20], plistlib.loads(b))
u = UID(5)
print(repr(u), u == UID(5), u != UID(6), u == 5, hash(u) == hash(5), u.__index__(), u.__reduce__())
for bad in (-1, 2**64, 1.5, "1"):
    try:
        UID(bad)
    except Exception as e:
        print("UID", repr(bad), type(e).__name__, e)

# None: written by the binary format only
print(plistlib.dumps(None, fmt=FMT_BINARY), plistlib.loads(plistlib.dumps([None], fmt=FMT_BINARY)))

# containers inside themselves (binary): written as references and read back as cycles
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
for v in (a, d):
    b = plistlib.dumps(v, fmt=FMT_BINARY)
    back = plistlib.loads(b)
    print(b, back)

# many objects: 2-byte object references, 4-byte offsets
big = [str(i) for i in range(300)]
b = plistlib.dumps(big, fmt=FMT_BINARY)
print(len(b), b[-32:], plistlib.loads(b) == big)
big = ["x" * 70000, "y" * 5]
b = plistlib.dumps(big, fmt=FMT_BINARY)
print(len(b), b[-32:], b[8:16], plistlib.loads(b) == big)
x = plistlib.dumps(["x" * 70000])
print(len(x), plistlib.loads(x) == ["x" * 70000])

# dict_type, load/dump on files, detection with BOMs and <plist> without a header
for fmt in (FMT_XML, FMT_BINARY):
    data = plistlib.dumps({"b": 1, "a": {"c": 2}}, fmt=fmt, sort_keys=False)
    od = plistlib.loads(data, dict_type=collections.OrderedDict)
    print(type(od).__name__, type(od["a"]).__name__, list(od))
    f = io.BytesIO()
    plistlib.dump([1, "two"], f, fmt=fmt)
    f.seek(0)
    print(plistlib.load(f), plistlib.load(io.BytesIO(f.getvalue()), fmt=fmt))
xml = plistlib.dumps({"k": "v\u20ac"})
print(plistlib.loads(b"\xef\xbb\xbf" + xml))
print(plistlib.loads(xml.decode().split("\n", 2)[2].encode("utf-16")))
print(plistlib.loads(b"<plist><array><integer>0x1F</integer><integer> 12 </integer>"
                     b"<real>1e3</real><string>&lt;&#65;&gt;</string><date>2020-02-03T04:05Z</date>"
                     b"<data>aGVs\nbG8=</data><true/><false/><foo>ignored</foo></array></plist>"))
print(plistlib.loads(b"<plist><dict><key>a</key><string>b</string><key></key><integer>1</integer></dict></plist>"))
print(plistlib.loads(b"<plist></plist>"))

# struct's module-level functions keep a cache of formats (str and bytes keys apart);
# results, errors and _clearcache behave as without it.
import struct

for i in range(3):
    print(struct.pack("<IHd", i, 3, 1.5), struct.unpack("<IHd", struct.pack("<IHd", i, 3, 1.5)))
print(struct.pack(b"<IHd", 7, 8, 2.5) == struct.pack("<IHd", 7, 8, 2.5))
print(struct.calcsize("@bq"), struct.calcsize(b"@bq"), struct.calcsize("=bq"))
# errors come back on every call (a bad format is never cached)
for i in range(2):
    try:
        struct.pack("<Z", 1)
    except struct.error as e:
        print("error", e)
# more formats than the cache holds
sizes = [struct.calcsize("%dx" % n) for n in range(250)]
print(sum(sizes), sizes[:5], sizes[-1])
print([struct.unpack("%dB" % n, bytes(range(n))) == tuple(range(n)) for n in (0, 1, 99, 100, 101)])
struct._clearcache()
print(struct.unpack("<IHd", struct.pack("<IHd", 1, 2, 3.0)))
# a str subclass format is not cached by identity of its text only
class F(str):
    pass
print(struct.pack(F("<h"), -2), struct.pack("<h", -2))
# small ints on every code: ranges and signs as before
for fmt, vals in [("b", (-128, 127, 128, -129)), ("B", (0, 255, 256, -1)),
                  ("<h", (-32768, 32767, 32768)), ("H", (65535, 65536, -1)),
                  ("<i", (-2**31, 2**31 - 1, 2**31)), ("<I", (0, 2**32 - 1, 2**32, -1)),
                  ("<q", (-2**63, 2**63 - 1, 2**63)), ("<Q", (0, 2**64 - 1, 2**64, -1)),
                  ("q", (-1, 5)), ("Q", (-1, 5)), ("P", (-1, 0, 12)), ("n", (-3,)), ("N", (-3, 3)),
                  (">l", (-1, 2**31)), ("<L", (-1, 2**32 - 1))]:
    for v in vals:
        try:
            print(fmt, v, struct.pack(fmt, v))
        except (struct.error, OverflowError) as e:
            print(fmt, v, type(e).__name__, e)
s = struct.Struct("<2h")
print(s.pack(1, -1), s.unpack(b"\x01\x00\xff\xff"), s.format, s.size)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))

# str/bytes partition and rpartition hand back their own objects, as CPython's stringlib
# does: the separator object itself in the middle when found, self itself (a subclass
# too) when not; a bytearray gives new bytearrays throughout.
s = b"14523456789"
for sep in (b"45", bytearray(b"45"), memoryview(b"45"), b"zz", bytearray(b"zz"), memoryview(b"zz")):
    for m in ("partition", "rpartition"):
        r = getattr(s, m)(sep)
        print(m, type(sep).__name__, [type(x).__name__ for x in r], r[1] is sep, r[0] is s, r[2] is s)
        ba = bytearray(s)
        r = getattr(ba, m)(sep)
        print(" ba", m, type(sep).__name__, [type(x).__name__ for x in r], r[1] is sep, r[0] is ba, r[2] is ba, [bytes(x) for x in r])
class SB(bytes): pass
sb = SB(b"a-b")
print([type(x).__name__ for x in sb.partition(b"-")], [type(x).__name__ for x in sb.partition(b"+")], sb.partition(b"+")[0] is sb)
print([type(x).__name__ for x in sb.rpartition(b"+")])
class SS(str): pass
s = "a-b"
ss = SS("a-b")
sep = SS("-")
for obj in (s, ss):
    for m in ("partition", "rpartition"):
        for sp in ("-", sep, "+", SS("+")):
            r = getattr(obj, m)(sp)
            print(type(obj).__name__, m, repr(sp), [type(x).__name__ for x in r], r[1] is sp, r[0] is obj, r[2] is obj)

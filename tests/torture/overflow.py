# Size and integer overflows in repetition, join, padding, bytes construction, formatting
# width/precision, range and indexing: each must raise OverflowError / MemoryError /
# ValueError cleanly instead of wrapping a size computation.
import sys

M = sys.maxsize

def report(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if hasattr(r, "__len__") else r)
    except (OverflowError, MemoryError) as e:
        # CPython itself is not consistent about which of the two a given size gets
        # (bytes(maxsize) OverflowError, bytearray(maxsize) MemoryError); either is a
        # clean refusal, so both print the same here.
        print(label, "too big")
    except (ValueError, IndexError, TypeError) as e:
        print(label, type(e).__name__)

report("str * maxsize", lambda: "ab" * M)
report("str * (maxsize//2+1)", lambda: "ab" * (M // 2 + 1))
report("str * 2**64", lambda: "a" * 2**64)
report("str * -1", lambda: "abc" * -1)
report("list * maxsize", lambda: [1, 2] * M)
report("list * (maxsize//2+1)", lambda: [1, 2] * (M // 2 + 1))
report("tuple * maxsize", lambda: (1, 2) * M)
report("bytes * maxsize", lambda: b"ab" * M)
report("bytearray * maxsize", lambda: bytearray(b"ab") * M)
def imul():
    l = [1, 2]
    l *= M
    return l
report("list *= maxsize", imul)
def bimul():
    b = bytearray(b"xy")
    b *= M
    return b
report("bytearray *= maxsize", bimul)
report("center", lambda: "x".center(M))
report("ljust", lambda: "x".ljust(M))
report("rjust", lambda: "x".rjust(M, "*"))
report("zfill", lambda: "12".zfill(M))
report("bytes center", lambda: b"x".center(M))
report("bytes zfill", lambda: b"1".zfill(M))
report("expandtabs", lambda: "a\tb\tc".expandtabs(M))
report("expandtabs 2**62", lambda: "\t\t\t\t".expandtabs(2**62))
report("bytes(maxsize)", lambda: bytes(M))
report("bytes(-1)", lambda: bytes(-1))
report("bytearray(maxsize)", lambda: bytearray(M))
report("bytes(2**64)", lambda: bytes(2**64))
report("'%*d'", lambda: "%*d" % (M, 1))
report("'%.*f'", lambda: "%.*f" % (M, 1.0))
report("'%*d' 2**64", lambda: "%*d" % (2**64, 1))
report("format width", lambda: format(1, "%dd" % M))
report("format width 2**64", lambda: format(1, "%dd" % 2**64))
report("format precision", lambda: format(1.5, ".%df" % M))
report("str.format width", lambda: "{:{}}".format("a", M))
report("f-string width", lambda: f"{'a':{M}}")
report("join huge", lambda: "-".join(["ab"] * 3))
report("range len", lambda: len(range(2**64)))
report("range index", lambda: range(10)[2**64])
report("range big step", lambda: range(0, 2**70, 2**69)[1])
report("list index 2**64", lambda: [1][2**64])
report("list insert huge", lambda: [1].insert(2**100, 2))
report("list pop huge", lambda: [1].pop(2**100))
report("slice huge", lambda: [1, 2, 3][2**100:-2**100:-2**80])
report("str slice huge", lambda: "abc"[-2**70:2**70])
report("int too many digits", lambda: int("1" * 5000))
report("shift huge", lambda: 1 << 2**64)
report("shift negative", lambda: 1 << -1)
report("pow huge mod", lambda: pow(2, 2**64, 7))
report("int to float", lambda: float(10**400))
report("bytes fromhex", lambda: bytes.fromhex("0" * 3))
report("str replace growth", lambda: ("a" * 1000).replace("a", "b" * 100, 5))
report("chr huge", lambda: chr(2**31))
report("chr 0x110000", lambda: chr(0x110000))
report("int.to_bytes huge", lambda: (1).to_bytes(M, "big"))
report("int.to_bytes neg len", lambda: (1).to_bytes(-1, "big"))
report("round huge ndigits", lambda: round(1.5, 2**64))
report("sum of lists", lambda: sum([[1]] * 3, []))
report("str.splitlines", lambda: "a\nb".splitlines())
report("divmod huge", lambda: divmod(2**200, 3)[1])

tests = [
    lambda: b"abc".hex(":"), lambda: b"abcdef".hex("-", 2), lambda: bytes.fromhex("de ad be ef"),
    lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: b"a" + "b", lambda: b"%d-%s" % (1, b"x"),
    lambda: b"%s" % "str", lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(3),
    lambda: b"abc"[1], lambda: b"abc"[::-1], lambda: b" a b ".split(), lambda: b"a,b".split(b","),
    lambda: b"x".join([b"a", "b"]), lambda: bytearray(b"ab").pop(5), lambda: bytearray().pop(),
    lambda: bytearray(b"abc").remove(ord("z")), lambda: bytearray(b"a").append(300), lambda: b"ab".center(6, b"*"),
    lambda: b"Hello World".swapcase(), lambda: b"abc".translate(None, b"b"), lambda: b"a\tb".expandtabs(4),
    lambda: int.from_bytes(b"\x01\x00", "middle"), lambda: (1).to_bytes(1, "big", signed=True),
    lambda: (-1).to_bytes(1, "big"), lambda: (256).to_bytes(1, "little"), lambda: (1024).to_bytes(2),
    lambda: int.from_bytes([1, 2]), lambda: (3.5).is_integer(), lambda: (12).bit_count(), lambda: (-7).__abs__(),
    lambda: (10).__divmod__(3), lambda: (10).__rtruediv__(4), lambda: (2).__pow__(3, 5), lambda: (5).__round__(-1),
    lambda: (15).__round__(-1), lambda: (25).__round__(-1), lambda: round(-25, -1), lambda: (1.5).__floor__(),
    lambda: (-1.5).__ceil__(), lambda: (2.5).__round__(), lambda: float("1e-400"), lambda: float(" -1_0.5 "),
    lambda: float("1__0"), lambda: float("infinity"), lambda: float("-NaN"), lambda: float(""), lambda: float(b"2.5"),
    lambda: complex(1, "2"), lambda: complex("1+2j", 1), lambda: complex("(3-4j)"), lambda: complex(" 5j "),
    lambda: 1j ** 2, lambda: (1 + 1j) / 0, lambda: 0j ** -1, lambda: abs(-2 + 0j), lambda: (2 + 3j).imag,
    lambda: divmod(1j, 1), lambda: 5 // 2j, lambda: int(3 + 0j), lambda: float(1j), lambda: complex(float("inf"), 0),
    lambda: 7 .__index__(), lambda: (7).numerator, lambda: (7).denominator, lambda: (2.5).real, lambda: True.real,
    lambda: int.__new__(bool, 1), lambda: bool.__new__(bool, []), lambda: hex(-255), lambda: oct(8), lambda: bin(-5),
    lambda: hex(1.5), lambda: format(-255, "#010x"), lambda: format(1234567, "_d"), lambda: format(0xDEADBEEF, "_x"),
    lambda: format(12.5, "_.3f"), lambda: format(1e20, ",.0f"), lambda: format(-0.0, "+.1f"), lambda: format(0.0005, ".0%"),
    lambda: format(123.456, "010.1f"), lambda: format(-123.456, "=+12.2f"), lambda: format(5, "c"), lambda: format(1e-7, "g"),
    lambda: format(123456789.0, ".3g"), lambda: format(float("nan"), "08.2f"), lambda: format(float("-inf"), "=10"),
    lambda: format(1.0, "#g"), lambda: format(1.0, "#.0f"), lambda: format(10, "#.0e"), lambda: format(2**64, ","),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "OK", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)

exprs = r'''
b"abc".hex(), bytes.fromhex("de ad"), bytearray(b"xy") + b"z", b"a,b".split(b","), b"%d-%s" % (1, b"x")
bytes(3), bytes([65, 66]), b"abc"[1], list(b"hi")
bytearray(b"hello").replace(b"l", b"L"), b"Hello".lower(), b" x ".strip(), b"abc".decode(), "é".encode("latin-1")
"é".encode("ascii")
b"\xff".decode("utf-8")
b"\xff".decode("utf-8", errors="replace"), "x\u20acy".encode("ascii", "replace"), "x\u20ac".encode("ascii", "xmlcharrefreplace")
int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), (255).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else 0
int("0x1f", 16), int("1_000"), int("  42  "), int("z", 36), float("1_0.5"), float(" inf "), int(-3.9)
int("abc")
int("")
float("abc")
2 ** 100, -(2 ** 64) // 3, (2 ** 64) % -7, divmod(-7, 2), pow(3, 100, 7), pow(2, -1, 7), 10 ** -2
1 / 0
1 % 0
2 ** 0.5, (-8) ** (1/3), 0.1 + 0.2, 1e308 * 10, -1e308 * 10, 3 // 0.5
round(2.5), round(3.5), round(-0.5), round(1.2345, 3), round(12345, -1), round(0.125, 2)
"Hello World".split(), "a,b,,c".split(","), "a b c".split(maxsplit=1), "a\nb\r\nc".splitlines(True), "  x ".rsplit(None, 1)
"abc".partition("b"), "abc".rpartition("x"), "Hello".casefold(), "ab".join("xyz"), "%s" % [1]
"title case".title(), "it's".title(), "hello"[::-1], "abcabc".find("c", 3), "abc".index("d") if False else "abc".rfind("b")
"abc".index("d")
"x".center(4, "ab")
"{:>{}}".format("a", 5), "{0:{1}{2}}".format(3.14159, ".", "2f"), "{:%Y}".format(__import__("datetime").date(2024,1,1))
f"{'a' if True else 'b':>3}", f"{[1,2][0]}", f"{ {'k': 1}['k'] }", f"{3.0!s:>5}", f"{10:,d}", f"{-0.0:+.1f}"
str(1e22), str(1.5e-7), repr(0.1), str(123456789.123456789), str(1e16), str(-0.0), 1e-5, 0.0001
"abc" * -1, [1] * 3, [[]] * 2, (1,) * 0, "a" < "b" < "c", [1, 2] < [1, 3], (1, "a") < (1, "b")
[1, "a"] < [1, 2]
sorted([3, 1, 2], reverse=True), sorted("bCa"), sorted("bCa", key=str.lower), sorted([(1, "b"), (1, "a")]), list(reversed(range(3)))
{1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, frozenset([1]) == {1}, set() == frozenset()
sorted({3, 1, 2}), repr(set()), repr(frozenset()), repr({1, 2}), {1: 2} | {3: 4}, dict.fromkeys("ab", 0)
{**{"a": 1}, "b": 2}, dict(a=1) == {"a": 1}, list({"b": 1, "a": 2}), {"a": 1}.get("b"), {}.setdefault("x", [])
{}.pop("x")
{"a": 1}.popitem(), [1, 2, 3].pop(0), [3, 1].sort(), [1, 2, 3].index(2), [1, 2, 1].count(1)
[].pop()
[1, 2].remove(3)
list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], len(range(1, 10, 3)), 5 in range(10), range(3) == range(0, 3)
any([]), all([0, 1]), sum([0.1] * 3), sum([[1], [2]], []), max("abc"), min([], default=9), max([1, 3], key=lambda x: -x)
max([])
abs(-3), abs(-3.5), divmod(7.5, 2), hash(1) == hash(1.0), bool(""), bool(" "), chr(8364), ord("€"), ascii("é"), bin(-5), oct(8), hex(-255)
isinstance(True, int), issubclass(bool, int), type(1) is int, type(True).__mro__, callable(print), id(1) == id(1)
getattr(1, "real"), getattr(1, "nope", "dflt"), hasattr([], "append"), vars(type("X", (), {"a": 1}))["a"]
getattr(1, "nope")
(lambda *a, **k: (a, k))(1, 2, x=3), (lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3)
(lambda a, /, b: 0)(a=1, b=2)
(lambda: 0)(1)
(lambda a: 0)()
(lambda a: 0)(1, a=2)
print(*[1, 2], sep="-", end="!\n") or "printed"
list(zip([1, 2], "ab", strict=False)), list(map(lambda x, y: x + y, [1, 2], [3])), list(enumerate("ab", 5))
list(zip([1], [1, 2], strict=True))
"%5.2f|%-6d|%06.2f|%+d|%x|%X|%#x|%e|%g|%g" % (3.14159, 42, 3.14159, 5, 255, 255, 255, 1234.5, 0.00001, 1e10)
"%s %s" % (1,)
"%(x)s" % {"y": 1}
"{x}".format(y=1)
"{0}".format()
"{:d}".format(1.5)
format(1.5, "d")
format("s", "x")
"a".join([1, 2])
"abc"[5]
"abc".replace("b", "B", 0), "aaa".replace("a", "b", 2), "a\tb".expandtabs(), "AbC".swapcase(), "ǅ".istitle()
"123".isdigit(), "½".isnumeric(), "½".isdigit(), "x1".isalnum(), " ".isspace(), "".isalpha(), "Ab".isupper(), "_a".isidentifier()
"abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".removeprefix("a"), "abc".removesuffix("c"), "a b".count(" ")
str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: None})
'''.strip().splitlines()
for e in exprs:
    try:
        r = eval(e)
        print(e[:40], "=>", repr(r))
    except Exception as ex:
        print(e[:40], "!!", type(ex).__name__, ex)

# str(x) and int(text) take short paths for the common calls; everything else is as
# before: subclasses, keywords, encodings, bases, errors, and C functions with optional
# parameters called positionally (args_parse's memo of each spec's shape).
class S(str):
    pass
class MyStr(str):
    def __int__(self):
        return 42
    def __str__(self):
        return "custom"
print(str(5), str(-0.0), str(None), str([1, "a"]), str(b"x"), str(S("q")), type(str(S("q"))).__name__)
print(str(MyStr("7")), int(MyStr("7")), S("x") + "y", type(S(5)).__name__, S(5))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(object="k"), str())
for bad in [lambda: str(1, 2, 3, 4), lambda: str("a", "utf-8"), lambda: str(b"\xff", "ascii"),
            lambda: str(x=1), lambda: int("12x"), lambda: int(""), lambda: int("1" * 5000),
            lambda: int("0x10"), lambda: int(" 1_0 "), lambda: int("١٢"), lambda: int(S("9")),
            lambda: int(MyStr("nope")), lambda: int("z", 36), lambda: int("z", base=10)]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError, UnicodeDecodeError) as e:
        print(type(e).__name__, str(e)[:80])
print(int("12"), int("-7"), int("  42\n"), int("0x10", 16), int("0x10", 0), int(b"15"), int("1_000"))
class WithStr:
    def __str__(self):
        return "WS"
class BadStr:
    def __str__(self):
        return 5
print(str(WithStr()), f"{WithStr()}")
try:
    str(BadStr())
except TypeError as e:
    print(e)
# optional parameters by position, repeatedly (memoised spec shapes)
for _ in range(3):
    print(sum([1, 2]), sum([1, 2], 10), sum([[1], [2]], []), round(3.14159, 2), "abcabc".count("b", 2),
          "abc".find("c", 1, 3), divmod(9, 4), pow(3, 4), pow(3, 4, 5), list(range(2, 10, 3)))
for bad in [lambda: sum(), lambda: sum([1], 2, 3), lambda: "abc".find(), lambda: "a".count("a", 1, 2, 3),
            lambda: pow(1), lambda: round()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

tests = [
    lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a,b".split(""),
    lambda: "abc".center(5, "ab"), lambda: "x".join([1, 2]), lambda: "x".join(["a", b"b"]),
    lambda: "abc".replace("a"), lambda: "abc".startswith(["a"]), lambda: "abc".endswith(1),
    lambda: "abc".strip(1), lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"),
    lambda: "%(k)s" % {"j": 1}, lambda: "%z" % 1, lambda: "{}".format(), lambda: "{0}{1}".format(1),
    lambda: "{a}".format(b=1), lambda: "{:d}".format("x"), lambda: "{:s}".format(1),
    lambda: "{!x}".format(1), lambda: "{".format(1), lambda: "}".format(1), lambda: "{0.foo}".format(1),
    lambda: "{0[5]}".format([1]), lambda: format(1, "q"), lambda: format("s", "d"), lambda: format(1.5, "d"),
    lambda: format(1, ",s"), lambda: format("x", "=5"), lambda: format(3, ".2d"), lambda: format(2**1000, "e"),
    lambda: "a" * 1.5, lambda: "a" + 1, lambda: 1 + "a", lambda: "a" < 1, lambda: "abc"[5], lambda: "abc"["1"],
    lambda: "abc".encode("nope"), lambda: "é".encode("ascii"), lambda: b"\xff".decode("utf-8"),
    lambda: "abc".count(), lambda: str(b"x", "utf-8", "strict", 1), lambda: "x".zfill("3"),
    lambda: "a".expandtabs("2"), lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""),
    lambda: "abc".maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: "x".partition(""),
    lambda: "abc".removeprefix(1), lambda: "a".ljust(2, ""), lambda: "{:{}}".format(1, "{}"),
    lambda: "{0:{1}{2}}".format(1, ">", "x"), lambda: f"{1:{'x'}}", lambda: "abc".splitlines(1.5),
    lambda: "%c" % "ab", lambda: "%c" % -1, lambda: "%.*f" % ("a", 1), lambda: "%(a)s %s" % {"a": 1},
    lambda: int("12", 1), lambda: int("12", 37), lambda: int(12, 10), lambda: str.upper(1),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "OK", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)

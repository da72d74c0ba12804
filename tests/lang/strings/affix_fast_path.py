# startswith/endswith with one str argument compare bytes directly; with start/end, tuples,
# subclasses and bad arguments the general path answers (CPython's messages).
for s in ["", "a", "abc", "Ünïcödé", "ÜÜ", "xÜ", "漢字漢", "a\ud800"]:
    for t in ["", "a", "ab", "abc", "abcd", "Ü", "Üñ", "ÜÜ", "Ü", "字漢", "漢", "\ud800", "c"]:
        print(s.startswith(t), s.endswith(t), s.startswith(t, 1), s.endswith(t, 0, 2), s.startswith((t, "x")), end=" ")
    print()
class S(str): pass
print(S("abc").startswith(S("ab")), "abc".endswith(S("bc")))
for bad in [lambda: "a".startswith(1), lambda: "a".endswith(["a"]), lambda: str.startswith(1, "a"), lambda: "a".startswith(), lambda: "a".startswith("a", x=1)]:
    try: bad()
    except TypeError as e: print(e)

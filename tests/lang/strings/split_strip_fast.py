# str.split() of ASCII strs (str_search.c split_ascii: byte loops, a whitespace table)
# and strip()/lstrip()/rstrip() decoding with str_cp_at, next to their non-ASCII,
# maxsplit, subclass and empty-string paths.
ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
texts = ["", " ", ws, "a", " a ", "alpha beta  gamma\n\tdelta", ws + "x" + ws + "y" + ws,
         "one\x1ctwo\x1fthree\x0bfour", "no-space-at-all", "trailing   ", "   leading",
         "caf\u00e9 na\u00efve\u3000wide\u2003em\u00a0nbsp", "\u2028line\u2029para\x85nel",
         "a\x00b c\x7fd", "  \u00e9  "]
for t in texts:
    print(repr(t.split()), repr(t.rsplit()))
    for m in (-1, 0, 1, 2, 5):
        print(m, repr(t.split(None, m)), repr(t.split(maxsplit=m)), repr(t.rsplit(None, m)))
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(None)))
    print(repr(t.strip(" a")), repr(t.strip("\u00e9 ")), repr(t.lstrip("\t\n")), repr(t.rstrip(ws)))
class S(str):
    pass
s = S("  Alpha beta\tgamma  ")
print(s.split(), [type(p).__name__ for p in s.split()], repr(s.strip()), type(s.strip()).__name__)
print(S("word").split(), type(S("word").split()[0]).__name__, repr(S("").strip()))
for bad in (1, b" ", ["x"]):
    try:
        "abc".strip(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        "abc".split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "a b".split(maxsplit="1")
except TypeError as e:
    print("TypeError:", e)
line = " ".join(["alpha", "Beta.", "gamma\n"] * 50)
print(len(line.split()), line.split()[:5], line.strip()[-12:], line.lower().split(".")[:2])

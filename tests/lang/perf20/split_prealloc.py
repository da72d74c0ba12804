# str.split / rsplit with every maxsplit around the preallocated 11 pieces (session 20:
# a split's list starts with room for 11), separators, unicode and empty results.
words = " ".join("w%d" % i for i in range(30))
for k in list(range(-2, 14)) + [29, 30, 31, 100]:
    a = words.split(maxsplit=k)
    b = words.rsplit(None, k)
    c = words.split(" ", k)
    d = words.rsplit(" ", k)
    print(k, len(a), a[:2], a[-1][:12], len(b), b[0][:12], len(c), c[-1][:8], len(d), d[0][:8])
for s in ("", " ", "  a  ", "a", "a b", "\u00e9 \u00e8\u3000x", "a,,b,", ",", "x" * 40):
    print(repr(s), s.split(), s.split(","), s.rsplit(",", 1), s.split(None, 0), s.split(",", 0))
text = ("alpha beta gamma. delta\n" * 50).strip()
lines = text.split("\n")
print(len(lines), lines[0].split(), len(text.split()), len(text.split(".")))
many = ("a " * 5000).split()
many.append("b")
print(len(many), many[-2:], many.count("a"))
parts = "1 2 3".split()
parts.extend(range(20))
parts.insert(0, "x")
print(parts[:5], len(parts))

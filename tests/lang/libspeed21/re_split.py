# re.split in C (session 21): pieces, groups (None when unmatched), maxsplit, empty matches,
# bytes and non-ASCII subjects.
import re
cases = [(r"[:\[\]]\s*", "a: b[c] d:e"), (r"(,)|(;)", "a,b;c"), (r"x*", "axbc"), (r"\b", "ab cd"),
         (r"(?:)", "abc"), (r"(\s)+", "a  b \t c"), (r"é", "aébéc"), (r"(é)?x", "axéxb"), (r"z", "abc"),
         (r"^", "ab\ncd"), (r"(?m)^", "ab\ncd"), (r"$", "ab"), (r"(a)(b)?", "cacabd"), (r"", "")]
for p, s in cases:
    print(repr(p), re.split(p, s), [re.split(p, s, k) for k in (1, 2, -1)], re.split(p.encode(), s.encode()))
s = "no match here"
print(re.split("z", s)[0] is s, re.split(b"z", b"xy"), re.split("a", "a"), re.split("(a)", "a"))
print(re.compile(r"\W+").split("Words, words, words.", maxsplit=True), re.split(r"\d", "a1b2c3", 2))
print(re.split(rb"[,;]", bytearray(b"x,y;z")), re.split("[ ]", "é b" * 3))

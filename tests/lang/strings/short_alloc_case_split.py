# strs made through the short-text allocation path (fewer than 128 bytes: one inline
# chunk) and the long one, around the boundary; ASCII lower()/upper() through the byte
# map and split() through the whitespace class table, with their fallbacks: non-ASCII
# text, str subclasses, every ASCII character, maxsplit, empty and all-space strs.
import gc


class S(str):
    pass


def show(x):
    print(type(x).__name__, len(x), repr(x[:6]), repr(x[-6:]), hash(x) == hash(str(x)))


base = "".join(chr(33 + i % 90) for i in range(300))
for n in (0, 1, 2, 15, 16, 17, 23, 24, 63, 64, 120, 126, 127, 128, 129, 200, 255, 256, 300):
    s = base[:n]
    t = base[300 - n:]
    u = s + "é"
    show(s)
    show(u)
    print(s == base[:n], t == base[-n:] if n else t == "", len(u.encode()), u[:-1] == s)
    show(S(s))
gc.collect()
# strs created before a collection keep their bytes
keep = [base[i:i + 130 - i % 130] for i in range(1000)]
gc.collect()
print(sum(len(k) for k in keep), keep[999][:5], keep[129] == "")

ascii_all = "".join(chr(i) for i in range(128))
print(repr(ascii_all.lower()))
print(repr(ascii_all.upper()))
print(repr(ascii_all[::-1].lower()[:40]), ascii_all.lower().upper() == ascii_all.upper())
for w in ("", "a", "A", "Hello World", "MiXeD 123 _@[`{", "ÉCOLE école", "straße", "ΣΑΣ",
          "İstanbul", "x" * 200, "Y" * 127 + "é"):
    print(repr(w.lower()[:30]), repr(w.upper()[:30]), type(S(w).lower()).__name__,
          S(w).upper() == w.upper())
print("ABC".lower() == "abc", "abc".lower() == "abc")

ws = "".join(chr(i) for i in range(128) if chr(i).isspace())
print([hex(ord(c)) for c in ws])
samples = ["", " ", ws, "a", " a ", "a b", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj k",
           "no\x00split\x7fhere", "  lead", "trail  ", "x" * 150 + " y " + "z" * 150,
           "non\u00a0ascii\u2003space é", "mixé\tword  two\u3000three"]
for s in samples:
    print(s.split(), s.split(None, 1), s.split(maxsplit=0), s.split(maxsplit=2),
          s.rsplit(None, 1), S(s).split() == s.split())
print(" ".join(("w%d" % i) for i in range(50)).split()[::7])
try:
    "a b".split(maxsplit="1")
except TypeError as e:
    print("TypeError", e)
try:
    "a b".lower(1)
except TypeError as e:
    print("TypeError", e)

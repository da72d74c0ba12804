# Non-ASCII str iteration and indexing (str_cp_at decoding, the one-character str cache
# in str.c, direct-mapped by the code point's low byte) and the case mappings' staged
# output (str_methods.c CaseOut): results must equal CPython's for 1- to 4-byte
# characters, lone surrogates, cache collisions, long outputs and str subclasses.
s = "Ünïcödé Straße ΑΣ ОДОС 漢字 ǅ 😀𝔘 \ud800x\udfff ﬁ İ ŉ"
print(ascii([c for c in s]))
print([ord(c) for c in s])
print(ascii([s[i] for i in range(len(s))]), ascii([s[-i] for i in range(1, len(s) + 1)]))
print("".join(reversed(s)) == s[::-1], list(iter(s)) == [s[i] for i in range(len(s))])
# code points sharing a cache slot (same low byte) alternate
t = "".join(chr(c) for c in (0x100, 0x200, 0x100, 0x4E00, 0x4F00, 0x4E00, 0x1F600, 0x1F700, 0x1F600, 0xD800, 0xD900))
print([hex(ord(c)) for c in t], [t[i] == t[i] for i in range(len(t))])
print(t[0] == t[2], t[3] == t[5], t[6] == t[8], t[0] != t[1], t[9] != t[10])
print([chr(c) for c in range(0x7E, 0x10A)] == [c for c in "".join(chr(c) for c in range(0x7E, 0x10A))])
print(sum(1 for c in s if c.isalpha()), sum(1 for c in s if c.isspace()), s.isprintable(), s.isidentifier())
for c in ("a", "é", "Σ", "漢", "😀", "\ud800", ""):
    print(ascii(c), c.isalpha(), c.isspace(), c.isprintable(), c.isidentifier(), c.isupper(), c.islower())
try:
    s[len(s)]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
# case mappings: expansions (ß, ﬁ, ŉ, İ), final sigma, titlecase digraphs, long outputs
for w in (s, "ΟΔΟΣ ΟΔΟΣ. ΣΑΣ Σ", "straße ﬁnal ŉ İstanbul ǆǅǄ", "", "x", "ß" * 300,
          "ﬃ" * 200 + "Σ", "aΣ" * 150 + " Σa", "😀ä" * 100, "abc" * 100 + "é"):
    for m in (w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase()):
        print(len(m), ascii(m[:40]), ascii(m[-20:]), hash(m) == hash(str(m)))
class S(str):
    pass
u = S("Grüße ΑΣ 漢")
print([c for c in u], [type(c).__name__ for c in u][:2], u[1], type(u[1]).__name__,
      u.upper(), type(u.upper()).__name__, u.lower(), u.title(), u.casefold(), u.swapcase())
it = iter("éa漢")
print(next(it), it.__length_hint__(), list(it), list(it))

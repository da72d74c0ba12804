# upper/lower/casefold/title/capitalize/swapcase on text mixing ASCII and non-ASCII: the
# result's length and contents (expanding mappings, final sigma, title-case digraphs,
# lone surrogates), and iterating over such text with the is* predicates.
samples = ["Ünïcödé Straße ΑΣ ОДОС 漢字 ǅ ", "ß", "ﬁne ﬂow ŉ", "ΟΔΟΣ ΟΔΟΣ. Σ", "aΣ bΣc Σ",
           "İstanbul ı i̇", "ǆemal ǅemal Ǆemal", "x\ud800y\udfffZ", "ᾳ ᾼ ῳ", "ŉ'ǰ",
           "hello WORLD ünd ÄÖÜ 123 _x_", "\u0345 \u1e9e \u2126 \u212a", "a" * 300 + "é" * 300,
           "É" * 129 + "ß" * 129, "\U00010428\U00010400 \U0001e900"]
for s in samples:
    for m in ("upper", "lower", "casefold", "title", "capitalize", "swapcase"):
        r = getattr(s, m)()
        print(m, ascii(r), len(r), r.isascii(), len(r.encode("utf-8", "surrogatepass")))
    print(sum(1 for c in s if c.isalpha()), sum(1 for c in s if c.isspace()),
          sum(1 for c in s if c.isupper()), [c for c in s if c.islower()][:5],
          s.isidentifier(), s.isprintable(), [ascii(c) for c in s][:6])
    print(len(list(iter(s))), list(s)[-1:] == [s[-1]], ascii(s[::7]))
# predicates: argument errors are unchanged
for bad in (lambda: "é".isalpha(1), lambda: "é".isspace(x=1), lambda: str.isalpha(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

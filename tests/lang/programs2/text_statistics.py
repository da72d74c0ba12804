# Text statistics: word counts, n-grams, string methods, formatting tables.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way - in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

PUNCT = ".,;:-!?\"'"


def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            out.append(w)
    return out


ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))
print("chars:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT),
      "upper:", sum(1 for c in TEXT if c.isupper()))
print("lines:", TEXT.count("\n") + 1, "commas:", TEXT.count(","))

freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1

top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
width = max(len(w) for w, _ in top)
print("+" + "-" * (width + 2) + "+-------+")
for w, n in top:
    bar = "#" * n
    print(f"| {w:<{width}} | {n:>5} | {bar}")
print("+" + "-" * (width + 2) + "+-------+")

bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
common = sorted((n, pair) for pair, n in bigrams.items() if n > 2)
for n, (a, b) in reversed(common):
    print(f"{a} {b}: {n}")

by_len = {}
for w in set(ws):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    group = sorted(by_len[length])
    shown = ", ".join(group[:5]) + (" ..." if len(group) > 5 else "")
    print(f"{length:2d} letters ({len(group):2d}): {shown}")

avg = sum(map(len, ws)) / len(ws)
print(f"average word length: {avg:.3f}")
print("longest:", max(ws, key=len), "| shortest:", min(ws, key=lambda w: (len(w), w)))

letters = {}
for c in TEXT.lower():
    if "a" <= c <= "z":
        letters[c] = letters.get(c, 0) + 1
total = sum(letters.values())
for c in sorted(letters, key=letters.get, reverse=True)[:6]:
    print(f"{c}: {letters[c]:4d} {letters[c] / total:6.2%}")
missing = [chr(o) for o in range(ord("a"), ord("z") + 1) if chr(o) not in letters]
print("missing letters:", "".join(missing))

sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print("clauses:", len(sentences))
print("first three:", sentences[:3])
print("title:", sentences[0].title())
print("swapcase:", sentences[1].swapcase())
print("centered: [" + "times".center(15, "*") + "]")
print("ljust/rjust: [" + "ab".ljust(6, ".") + "|" + "cd".rjust(6, ".") + "]")
print("zfill:", "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("partition:", "key=value=x".partition("="), "key=value=x".rpartition("="))
print("split maxsplit:", "a b  c   d".split(" ", 2), "a b  c   d".split(None, 2))
print("rsplit:", "a.b.c.d".rsplit(".", 1))
print("find/index:", TEXT.find("wisdom"), TEXT.rfind("it"), TEXT.find("zebra"))
print("startswith tuple:", "epoch".startswith(("ep", "ag")), "age".endswith(("x", "ge")))
print("replace count:", "it was it was it was".replace("was", "is", 2))
print("join map:", "-".join(map(str, range(5))))
print("expandtabs:", repr("a\tb\tc".expandtabs(4)))
print("strip chars:", "xxhixyx".strip("xy"), "  pad  ".lstrip(), "|" + "  pad  ".rstrip() + "|")
print("is*:", "123".isdigit(), "abc".isalpha(), "a1".isalnum(), "   ".isspace(), "Ab Cd".istitle())
print("casefold:", "Straße".casefold(), "ǅ".lower(), "ß".upper())
print("count overlapping?:", "aaaa".count("aa"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print("acronym:", acronym)
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print(f"vowels: {vowels} ({vowels / total * 100:.1f}% of letters)")
palins = sorted({w for w in ws if len(w) > 1 and w == w[::-1]})
print("palindromes:", palins)

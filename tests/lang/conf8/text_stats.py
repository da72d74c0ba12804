import collections, string
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
cnt = collections.Counter(words)
print(cnt.most_common(5))
print(len(words), len(set(words)))
by_len = collections.defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(f"{k:2d}: {', '.join(by_len[k])}")
letters = collections.Counter(c for c in text.lower() if c.isalpha())
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print(text.count("it was"), text.find("age"), text.rfind("age"), text.index("epoch"))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(text.title()[:40])
print(" ".join(w.capitalize() for w in words[:6]))
print(text.replace("it was", "IT WAS", 2)[:60])
print({w: words.count(w) for w in ("the", "of", "was")})
vowels = set("aeiou")
print(sorted({w for w in words if set(w) & vowels == vowels}))
print(sorted(w for w in set(words) if w == w[::-1] and len(w) > 1))
print(f"{'word':<12}|{'n':>4}")
for w, n in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f"{w:<12}|{n:>4}")
print(text.partition(",")[0], "|", text.rpartition(" ")[2])
print("-".join(text.split()[:3]).center(30, "*"))
print(cnt["nothing"], cnt.total() if hasattr(cnt, "total") else None)
c2 = collections.Counter("abracadabra")
print(c2 - collections.Counter("aab"), c2 & collections.Counter("aaz"), +c2)
print(sorted(c2.elements())[:6])

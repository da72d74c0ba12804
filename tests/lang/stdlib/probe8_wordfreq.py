import re, collections, string, textwrap
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", text.lower())
cnt = collections.Counter(words)
print(len(words), len(cnt))
for w, n in cnt.most_common(8):
    print(f'{w:<12}{n:>4} {"#" * n}')
stop = {'the', 'of', 'it', 'was'}
print(sorted((w for w in cnt if w not in stop), key=lambda w: (-cnt[w], w))[:6])
lengths = collections.defaultdict(list)
for w in sorted(set(words)):
    lengths[len(w)].append(w)
for k in sorted(lengths):
    print(k, ', '.join(lengths[k]))
sent = [s.strip() for s in re.split(r'[,.]\s*', text) if s.strip()]
print(len(sent), sent[:3])
caps = re.findall(r'\b[A-Z][a-z]+\b', text)
print(caps)
print(textwrap.fill(' '.join(w.capitalize() for w in words[:20]), 40))
table = str.maketrans('', '', string.punctuation)
print(text.translate(table).split()[:8])
bigrams = collections.Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
print({k: v for k, v in sorted(cnt.items()) if v == 2})
letter = collections.Counter(c for c in text.lower() if c.isalpha())
print(''.join(c for c, _ in letter.most_common(5)), sum(letter.values()))

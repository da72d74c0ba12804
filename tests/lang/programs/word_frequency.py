# Word frequency count over an inline text with normalisation and reporting.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period.
"""
STOP = {'the', 'of', 'it', 'was', 'we', 'to', 'in', 'so', 'all', 'us'}


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else ' ')
    return ''.join(cleaned).split()


all_words = words(TEXT)
print('total words:', len(all_words))
print('distinct words:', len(set(all_words)))
freq = {}
for w in all_words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print('top 8 overall:')
for word, n in ranked[:8]:
    print(f'  {word:<10}{n:>3} {"#" * n}')
content = [(w, n) for w, n in ranked if w not in STOP]
print('top content words:', content[:6])
by_len = {}
for w in set(all_words):
    by_len.setdefault(len(w), []).append(w)
longest = max(by_len)
print('longest words:', sorted(by_len[longest]))
print('length histogram:', {k: len(v) for k, v in sorted(by_len.items())})
first_letters = {}
for w in all_words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print('most common first letter:', max(sorted(first_letters), key=first_letters.get))
bigrams = {}
for a, b in zip(all_words, all_words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print('top bigrams:', [' '.join(k) + f'={v}' for k, v in top_bigrams])
lines = [line for line in TEXT.strip().splitlines()]
print('words per line:', [len(words(line)) for line in lines])
print('singletons:', len([w for w, n in freq.items() if n == 1]))

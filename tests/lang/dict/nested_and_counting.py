# Common dict patterns: counting, grouping, nested structures.
text = 'the quick brown fox jumps over the lazy dog the end'
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(dict(sorted(by_len.items())))
config = {'db': {'host': 'localhost', 'port': 5432}, 'debug': True}
config['db']['port'] += 1
print(config['db'], config.get('cache', {}).get('size', 'n/a'))

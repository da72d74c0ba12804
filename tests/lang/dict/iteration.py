# Iterating over dicts, and mutating during iteration raises RuntimeError.
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f'{k}={v}', end=' ')
print()
print(sum(d.values()), sorted(d), max(d, key=d.get))
try:
    for k in d:
        d['four'] = 4
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'one': 1, 'two': 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
for k in d:
    d[k] = 0
print(d)

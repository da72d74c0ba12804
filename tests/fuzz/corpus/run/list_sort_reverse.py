# sort (stable, key, reverse) and reverse, and sort errors.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'date']
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort()
print(pairs)
r = [1, 2, 3]
print(r.reverse(), r)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], reverse=True), [].sort())
recs = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
print([r['n'] for r in sorted(recs, key=lambda r: -r['v'])])

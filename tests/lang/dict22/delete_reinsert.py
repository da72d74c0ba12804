# Deletion and reinsertion (holes in the entries, small dicts without a table and
# dicts with one), resize while mutating, pop/popitem/setdefault.
d = {}
for i in range(5):
    d[i] = i
del d[2]
d[2] = 'again'
print(d, list(d.items()))
for i in range(5):
    del d[i]
print(d, len(d))
d[7] = 7
print(d)
d = {str(i): i for i in range(100)}
for i in range(0, 100, 3):
    del d[str(i)]
for i in range(0, 100, 6):
    d[str(i)] = -i
print(len(d), list(d)[:5], list(d)[-5:])
while len(d) > 3:
    d.popitem()
print(d)
d = {'a': 1}
print(d.setdefault('a', 5), d.setdefault('b', 6), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
d = {}
for r in range(3):
    for i in range(50):
        d[i] = r
    for i in range(0, 50, 2):
        del d[i]
print(len(d), sum(d), sum(d.values()))
s = {1, 2, 3}
s.discard(2)
s.add(2)
print(s, 2 in s, 5 in s)

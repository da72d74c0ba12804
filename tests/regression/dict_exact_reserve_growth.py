# Dicts and sets across the sizes where their arrays are reserved or grow (5, 10, 21,
# 42 entries): contents, insertion order, deletes, re-inserts, copies, popitem.
def show(d):
    print(len(d), list(d.items())[:3], list(d)[-3:])

for n in (0, 1, 4, 5, 6, 9, 10, 11, 20, 21, 22, 41, 42, 43):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    show(d)
    c = d.copy()
    assert c == d and list(c) == list(d)
    # delete every third key, re-add them: they go to the end
    for i in range(0, n, 3):
        del d["k%d" % i]
    for i in range(0, n, 3):
        d["k%d" % i] = -i
    show(d)
    print(list(d.values()) == [d[k] for k in d])

# int keys, mixed keys, deleting the last entry then appending
d = {}
for i in range(12):
    d[i * 7] = str(i)
    if i % 4 == 3:
        d.popitem()
print(d)
d = {1: "a", "b": 2, (3, 4): 5, None: 6, 2.5: 7}
d[6] = 8
del d["b"]
d["b"] = 9
print(d, len(d))
while d:
    print(d.popitem(), end=" ")
print()

# fill, empty, refill the same dict many times (holes, compaction)
d = {}
for r in range(30):
    for i in range(r % 13):
        d[(r, i)] = i
    for k in list(d)[: len(d) // 2]:
        del d[k]
print(len(d), list(d)[:4])

# setdefault / update / fromkeys around the boundaries
for n in (4, 5, 6, 10, 11):
    d = dict.fromkeys(range(n))
    d.update({n: 1, n + 1: 2})
    d.setdefault(-1, "x")
    print(n, list(d), d[-1])

# sets: CPython's slot order for small ints across growth, with discards
for n in (3, 4, 5, 6, 9, 10, 18, 19, 40):
    s = set()
    for i in range(n):
        s.add(i * 5)
    print(n, list(s))
    for i in range(0, n, 2):
        s.discard(i * 5)
    s.add(1000)
    print(n, sorted(s) == sorted(set(list(s))), len(s))

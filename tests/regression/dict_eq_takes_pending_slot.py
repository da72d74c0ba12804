# A key's __eq__, run while a dict insert probes, adds another key of the same hash: that
# key takes the dummy slot the pending insert had chosen (hindex_insert refuses the stale
# slot and dict.c looks the key up again: a normal outcome, not a broken table).
class K:
    def __init__(self, name, hook=None):
        self.name = name
        self.hook = hook

    def __hash__(self):
        return 8

    def __eq__(self, other):
        if self.hook is not None:
            h, self.hook = self.hook, None
            h()
        return self is other

    def __repr__(self):
        return self.name


for rounds in range(1, 4):
    d = {}
    gone = [K("g%d" % i) for i in range(rounds)]
    a = K("a")
    for g in gone:
        d[g] = g.name
    d[a] = "a"
    for g in gone:
        del d[g]
    added = [K("b%d" % i) for i in range(rounds)]

    def hook():
        for b in added:
            d[b] = b.name

    a.hook = hook
    x = K("x")
    d[x] = "x"
    print(rounds, len(d), sorted(d.values()), list(d))
    print(all(k in d for k in [a, x] + added), any(g in d for g in gone))
    for b in added:
        del d[b]
    print(len(d), list(d), d[a], d[x])
    d[x] = "x2"
    print(len(d), list(d.items()))

# the same through a set: the key is kept and found (CPython 3.11 overwrites the key the
# __eq__ added instead, so only what both agree on is printed)
s = set()
g, a, b, x = K("g"), K("a"), K("b"), K("x")
s.add(g)
s.add(a)
s.discard(g)
a.hook = lambda: s.add(b)
s.add(x)
print(x in s, a in s, g in s)

# `int in set` for small ints (found by identity, falling back to == for equal-hash
# entries that are other objects) must agree with the general lookup.
s = {1.0, True, 2, -1, -2, 2**61, 10**20}
for k in (0, 1, 2, 3, -1, -2, -3, 2**61, 2**61 + 1, 10**20):
    print(k, k in s)
print(1 in {True}, 0 in {False}, 1 in {1.0}, 2 in {2.0}, 3 in {3.5}, -1 in {-1.0}, -2 in {-1})
class E:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
t = {E(5), E(7)}
print(5 in t, 6 in t, 7 in t)
class Never:
    def __hash__(self):
        return 4
    def __eq__(self, other):
        raise ValueError("no compare")
u = {Never()}
print(3 in u)
try:
    print(4 in u)
except ValueError as e:
    print(type(e).__name__, e)
# churn: many dummies on the chains
cols, d = set(), set()
hits = 0
for r in range(200):
    for c in range(-20, 20):
        if c in cols or (r - c) in d:
            hits += 1
        cols.add(c); d.add(r - c)
        if (r + c) % 3:
            cols.discard(c); d.discard(r - c)
print(hits, len(cols), len(d), sorted(cols)[:5], sorted(d)[:5])
print(5 in frozenset({5, 6}), 7 in frozenset(), 1 in set(), 0 in {0})

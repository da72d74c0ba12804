# A dict of up to 5 entries has no index table (kernel/hindex.h): lookups walk the
# entries comparing hashes, a deleted entry is a hole skipped by its NULL key, and the
# sixth insertion builds the table. Lookups, equal hashes, deletion, popitem, growth,
# copies, and __eq__ callbacks that mutate the dict must behave as with a table.

class H:
    """A key with a chosen hash and a count of __eq__ calls."""
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if not isinstance(other, H):
            return NotImplemented  # lets the other key's __eq__ run (Mut, Grow below)
        return self.name == other.name
    def __repr__(self):
        return "H(%s)" % self.name

# equal keys of different types, and ints whose hashes collide (-1 and -2 both hash -2)
d = {1: "one", -1: "m1", -2: "m2"}
print(d[1.0], d[True], d[-1], d[-2], 2 in d, len(d))
d[1.0] = "ONE"
print(d, list(d))

# all keys with the same hash
d = {H(c, 7): c for c in "abcde"}
print([d[H(c, 7)] for c in "abcde"], H("z", 7) in d, len(d))
del d[H("b", 7)]
print(H("b", 7) in d, d.get(H("c", 7)), list(d.values()))
d[H("b", 7)] = "B"  # the sixth insertion: past the table-less room
print(list(d.values()), d[H("b", 7)], d[H("e", 7)])

# deletions then refills: holes are skipped, order kept
d = {}
for i in range(5):
    d["k%d" % i] = i
del d["k1"], d["k3"]
print(d, "k1" in d, d.get("k3", "gone"))
d["k1"] = 10
d["k5"] = 5
print(d, len(d))
d["k6"] = 6
d["k7"] = 7
print(d, len(d), [k for k in d if k in d])

# popitem, pop, setdefault, clear on small dicts
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d.pop("a"), d.setdefault("z", 26), d)
d.clear()
d["x"] = 1
print(d, d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)

# copies and merges of small dicts are independent
a = {"p": 1, "q": 2}
b = a.copy()
c = dict(a)
e = {**a, "r": 3}
b["p"] = 100
del c["q"]
print(a, b, c, e, a == {"q": 2, "p": 1})

# __eq__ that mutates the dict while it is searched
class Mut:
    def __init__(self, d, h):
        self.d, self.h = d, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.d.clear()
        return False

d = {}
d[H("a", 3)] = 1
d[H("b", 3)] = 2
print(Mut(d, 3) in d, d)
d = {}
for i in range(4):
    d[H(str(i), 5)] = i
m = Mut(d, 5)
d[m] = "m"
print(len(d), list(d.values()))

class Grow:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 11
    def __eq__(self, other):
        for i in range(10):
            self.d["g%d" % i] = i
        return False

d = {H("x", 11): 0}
print(Grow(d) in d, len(d), d[H("x", 11)], d["g9"])

# iteration guards still fire on a small dict
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d["b"]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)

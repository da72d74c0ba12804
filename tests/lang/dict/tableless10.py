# Dicts of 6..10 entries without a slot table (the kernel walks their hashes): lookups,
# deletions, order, equal hashes, and CPython's resize points as iteration sees them.
import json

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def swap_rounds(d):
    # delete and re-add during iteration: how far it gets shows when the entries are
    # renumbered (CPython's resizes)
    seen = []
    try:
        for k in d:
            seen.append(k)
            del d[k]
            d[str(k) + "x"] = 1
            if len(seen) > 40:
                break
    except RuntimeError as e:
        seen.append(str(e))
    return seen

def literal(n):
    ks = ["k%d" % i for i in range(n)]
    src = "{" + ", ".join("%r: %d" % (k, i) for i, k in enumerate(ks)) + "}"
    return eval(src)

def kw(**k):
    return k

for n in range(1, 13):
    d = literal(n)
    print(n, "literal", d, swap_rounds(literal(n)))
    j = json.loads(json.dumps(d))
    print(n, "json", j == d, list(j), swap_rounds(j))
    k = kw(**d)
    print(n, "kwargs", k == d, swap_rounds(k))
    c = dict(**d)
    print(n, "dict()", c == d, swap_rounds(c))
    b = {}
    for key in d:
        b[key] = d[key]
    print(n, "built", b == d, swap_rounds(b))
    cp = literal(n).copy()
    print(n, "copy", swap_rounds(cp))

# look-ups, misses, deletion holes, reinsertion order
d = literal(10)
print([d.get("k%d" % i) for i in range(12)], "k10" in d, "k9" in d)
for i in range(0, 10, 3):
    del d["k%d" % i]
print(d, len(d))
d["k0"] = "again"
d["new"] = 1
print(d, list(d.items())[-2:])
print(d.pop("k1"), d.popitem(), d.setdefault("k2", 5), d.setdefault("zz", 6), d)
d.clear()
print(d, len(d))
d.update(literal(8))
print(d)

# equal hashes and __eq__ in a 9-key literal
class K:
    def __init__(self, h, name):
        self.h = h
        self.name = name
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and other.name == self.name
    def __repr__(self):
        return "K(%d,%s)" % (self.h, self.name)

e = {K(1, "a"): 1, K(1, "b"): 2, -1: 3, -2: 4, 1.0: 5, 1: 6, True: 7, K(1, "a"): 8, "s": 9}
print(e, len(e), e[K(1, "b")], e[-2], e[1], K(1, "c") in e)
f = json.loads('{"a": 1, "b": 2, "a": 3, "c": 4, "d": 5, "e": 6, "b": 7, "f": 8}')
print(f, list(f))
g = json.loads('[' + ', '.join('{"x%d": %d, "y": [%d, %d], "z": {}}' % (i, i, i, i) for i in range(12)) + ']')
print(g[-1], len(g), g[3] == {"x3": 3, "y": [3, 3], "z": {}})
big = json.loads("[" + ", ".join(str(i) for i in range(20)) + "]")
print(big, json.loads("[]"), json.loads("{}"), json.loads('{"a": [[], [1], {}]}'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=len))

# Self-referential containers in repr, str, ==, hash, copy, len, sort, in, and printing.


def report(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

l = [1]
l.append(l)
print(l, str(l), repr(l))
d = {"a": 1}
d["self"] = d
print(d)
d2 = {"l": l}
l.append(d2)
print(l)
print(d2)
t = (l, d)
print(t)
report("l == l", lambda: l == l)
report("l in l", lambda: l in l)
report("count", lambda: l.count(l))
report("index", lambda: l.index(l))
report("d == d", lambda: d == d)
report("hash t", lambda: hash(t))
m = [1]
m.append(m)
report("l == m", lambda: l == m)
n = [1]
n.append(n)
report("m == n", lambda: m == n)
report("m < n", lambda: m < n)
s = set()
fs = frozenset([1, 2])
print(fs, {fs: fs})
class Node:
    def __init__(self):
        self.me = self
        self.items = [self]
    def __repr__(self):
        return "Node(%r)" % (self.items,)
report("repr recursion via __repr__", lambda: repr(Node()))
x = []
for i in range(5):
    x = [x, x]
print(len(repr(x)))
y = [0]
y[0] = y
report("sorted self", lambda: sorted([y, y]))
report("str.join of self", lambda: ",".join(l))
report("list(l)", lambda: len(list(l)))
lst2 = []
lst2.extend([lst2, lst2])
print(lst2)
dk = {}
dk[1] = dk.keys()
print(dk)
dv = {}
dv[1] = dv.values()
print(dv)
di = {}
di[1] = di.items()
print(di)
class Cell:
    pass
o = Cell()
o.d = o.__dict__
report("vars repr", lambda: repr(o.__dict__))
ba = bytearray(b"ab")
la = [ba, ba]
la.append(la)
print(la)

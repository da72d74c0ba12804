# Small-int keys take identity fast paths for `in` / `not in` (fused with the following
# jump or not), add and discard; equal-hash non-identical entries (-1 and -2 share a hash,
# 1 / 1.0 / True are equal) must take the full comparison path. Iteration order shows the
# slot each key took, so it must match CPython after add/discard churn.

s = {1, 2, 3}
print(2 in s, 5 in s, 2 not in s, 5 not in s)
x = 3 in s
y = 7 not in s
print(x, y)
for k in range(-3, 6):
    if k in s:
        print("in", k)
    if k not in s:
        print("not in", k)

# -1 hashes like -2
h = {-2}
print(-1 in h, -2 in h, -1 not in h)
h.add(-1)
print(sorted(h), len(h))
h.discard(-2)
print(sorted(h), -1 in h, -2 in h)
h.discard(-2)
h.add(-2)
h.add(-2)
print(sorted(h), len(h))

# equal but not identical entries
f = {1.0, 2.0}
print(1 in f, 3 in f)
f.add(1)
print(len(f), [type(v).__name__ for v in sorted(f)])
f.discard(2)
print(sorted(f))
b = {True}
print(1 in b, 0 in b)
b.add(1)
b.add(0)
print(sorted(b), len(b))
b.discard(1)
print(sorted(b))

class Eq:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        print("eq called")
        return other == self.v

e = {Eq(4)}
print(4 in e)
e.add(4)
print(len(e))
e.discard(4)
print(len(e))

class Boom:
    def __hash__(self):
        return 9
    def __eq__(self, other):
        raise ValueError("boom")

bs = {Boom()}
for op in ("in", "add", "discard"):
    try:
        if op == "in":
            print(9 in bs)
        elif op == "add":
            bs.add(9)
        else:
            bs.discard(9)
    except ValueError as ex:
        print(op, type(ex).__name__, ex)

# churn: iteration order after many adds/discards (dummies reused at the same slots)
c = set()
order = []
for i in range(400):
    k = (i * 7919) % 61 - 30
    if k in c:
        c.discard(k)
    else:
        c.add(k)
    if i % 37 == 0:
        order.append(list(c))
print(order[-1])
print(len(order), sum(len(o) for o in order))
for o in order:
    print(o)

# negative keys (large perturb) and big ints next to small ones
n = set()
for i in range(-50, 50, 3):
    n.add(i)
for i in range(-50, 50, 6):
    n.discard(i)
print(list(n))
print(2**61 in n, -(2**61) in n)
n.add(2**61)
print(2**61 in n, (2**61 + 0) in n)

# frozenset and subclasses
fz = frozenset(range(10))
print(3 in fz, 11 in fz, 3 not in fz)
class MySet(set):
    def __contains__(self, k):
        print("own contains", k)
        return True
m = MySet([1])
print(5 in m, 5 not in m)
class Sub(set):
    pass
sb = Sub([1, 2])
print(1 in sb, 4 in sb)
sb.add(4)
sb.discard(1)
print(sorted(sb))

# set.add / discard / remove errors keep their messages
try:
    {1}.remove(2)
except KeyError as ex:
    print("KeyError", ex)
try:
    {1}.add([])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    print([] in {1})
except TypeError as ex:
    print(type(ex).__name__, ex)

# generator of membership tests (the nqueens shape)
def place(n):
    cols = set()
    out = []
    def rec(row):
        if row == n:
            out.append(sorted(cols))
            return
        for c in range(n):
            if c in cols or (row - c) in cols:
                continue
            cols.add(c)
            rec(row + 1)
            cols.discard(c)
    rec(0)
    return len(out), out[:3]
print(place(5))

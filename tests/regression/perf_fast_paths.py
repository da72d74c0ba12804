# Fast paths of the VM and kernel (issue 6): each must behave exactly like the general
# path. Compare-and-branch fusion, stores of new attributes through the inline cache,
# big-int carries and borrows, set/dict probing with many deleted slots, allocation.

# compare + conditional jump: ints, floats, mixed, NaN, both branch senses
nan = float("nan")
out = []
for a, b in [(1, 2), (2, 1), (2, 2), (1.5, 2), (2, 1.5), (2.0, 2), (nan, 1.0), (1.0, nan),
             (nan, nan), (-0.0, 0.0), (2**53, 2.0**53), (-(2**60), 1)]:
    row = []
    if a < b: row.append("lt")
    if a <= b: row.append("le")
    if a == b: row.append("eq")
    if a != b: row.append("ne")
    if a > b: row.append("gt")
    if a >= b: row.append("ge")
    if not (a < b): row.append("!lt")
    if not (a >= b): row.append("!ge")
    out.append(",".join(row))
print(out)
i = 0
while i < 10:
    i += 1
print(i, [x for x in range(20) if x % 3 == 0 and x > 4])
t = 0.0
while t < 1.0:
    t += 0.125
print(t)

# new attributes stored through the cache: plain, __slots__, subclass, after deletion
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q(P):
    pass
class S:
    __slots__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c
class SD:
    __slots__ = ("a", "__dict__")
    def __init__(self, a):
        self.a = a
        self.z = a * 2
ps = [P(k, -k) if k % 2 else Q(k, k) for k in range(6)]
print([(type(p).__name__, p.x, p.y, sorted(vars(p))) for p in ps])
ss = [S(k, k + 1, k + 2) for k in range(5)]
print([(s.a, s.b, s.c) for s in ss])
s = ss[0]
del s.b
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
s.b = 99
print(s.a, s.b, s.c)
try:
    s.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
sds = [SD(k) for k in range(3)]
print([(d.a, d.z, d.__dict__) for d in sds])
class Prop:
    def __init__(self):
        self.v = 1
    @property
    def w(self):
        return self.v * 10
ps2 = [Prop() for _ in range(3)]
try:
    ps2[0].w = 5
except AttributeError as e:
    print(type(e).__name__, e)
P.y = property(lambda self: "shadowed")
try:
    P(1, 2)
except AttributeError as e:
    print(type(e).__name__, e)

# big ints: carries and borrows across many limbs, multiply by small and large values
M = 2**32
a = M**40 - 1
b = 1
print((a + b) == M**40, (a + b - b) == a, (M**40 - b) == a, (b - M**40) == -a)
print(a * 7 % 1000003, a * a % 1000003, (a * a) // a == a, divmod(a * a + 5, a))
x = 3**2000
y = 7**900
q, r = divmod(x, y)
print(q * y + r == x, 0 <= r < y, str(q)[:30], len(str(x - y * q)))
print((-x) // y == -(q + 1), (-x) % y == y - r, x - x, -(x - 1) + x)
f = 1
for k in range(1, 300):
    f *= k
print(str(f)[-40:], f % (2**61 - 1), sum(int(c) for c in str(f)))

# sets and dicts with many dummies: add/discard cycles, then membership
st = set()
found = 0
for k in range(20000):
    st.add(k % 13 - 6)
    st.add((k * 7) % 29 - 14)
    if (k % 17 - 8) in st:
        found += 1
    st.discard(k % 13 - 6)
print(found, sorted(st)[:10], len(st))
d = {}
for k in range(5000):
    d[k % 37] = k
    if k % 3 == 0:
        del d[k % 37]
print(len(d), sorted(d.items())[:5], list(d)[:8])

# many small objects (allocation paths, collections in between)
chunks = [[float(k), (k, k + 1), {"k": k}] for k in range(30000)]
print(sum(c[0] for c in chunks), chunks[12345][1], chunks[-1][2])

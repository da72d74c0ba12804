# Chained float arithmetic: an intermediate result reused in place never changes a value a program can still see
kept = []

class Keep:
    # __add__/__mul__ return a float they also keep: reusing its box would change kept[]
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        r = self.v * 1.5
        kept.append(r)
        return r
    def __mul__(self, o):
        kept.append(self.v)
        return self.v
    __radd__ = __add__

def chains(x, y, z):
    a = x * y + z
    b = (x + y) * (y - z) / (z + 0.5)
    c = x - y - z - 1.0 - 2 - 3
    d = 2.0 * x * y + z
    e = (x * x + y * y + z * z) ** 0.5
    f = -(x * y) + (y * z)
    return a, b, c, d, e, f

print(chains(1.5, 2.25, -0.75))
print(chains(3, 4.0, 5))

k = Keep(2.0)
r = (k + 1) + 10.0
print(r, kept)
r = (k * 3) * 4.0 + 1.0
print(r, kept)
r = 7.0 + (k + 0) * 2.0
print(r, kept)
k2 = Keep(4.0)
r = (k + k2) + 10.0
print(r, kept)
r = (k2 * k) * 3.0 - 1.0
print(r, kept, k.v, k2.v)
r = 1.0 - (k2 * k) * 3.0
print(r, kept, k.v, k2.v)
g = 5.0
def ident(v):
    return v
r = ident(g) + 1.0
print(r, g)

# a walrus or a conditional expression is not a binary operation: its value stays
t = 0.0
r = (t := 1.5 * 2.0) + 1.0
print(r, t)
u = 3.25 * 2.0
r = (u if r > 0 else 1.0 * 2.0) + 1.0
print(r, u)
w = 0.5 * 3.0
r = (1.0 * 2.0 if r < 0 else w) * 3.0
print(r, w)

# a generator suspended in the middle of an expression
def gen(p, q):
    s = (p * q) + (yield 1)
    yield s
    yield (p * q) - (yield 2)
it = gen(1.5, 4.0)
print(next(it), it.send(0.25), next(it), it.send(10.0))

# operations the fast path leaves to the generic one, after a reused temporary
for v in [(2.0 * 3.0, 0.0), (1.0 * 2.0, 0)]:
    try:
        print((v[0] * 1.5) / (v[1] * 2.0))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
p = 1.5
print((p * 2.0) ** 2, (p * -2.0) ** 0.5, (p * 2.0) ** -1, (p * 2.0) % 4.0, (p * 3.0) // 2.0)
print((p * 1e308) * 10.0, (p * 1e308) * 10.0 - (p * 1e308) * 10.0)
print((p * 0.0) * -1.0, (p - 1.5) * -1.0, -0.0 * (p - p))
inf = float("inf")
nan = float("nan")
print((inf * p) - inf, (nan * p) == (nan * p), (inf * p) > (p * 1e308))

# int operands: small, overflowing to bigint, true division
n = 2 ** 61
print((n * 2) * 2 + 1, (n * 4) * 1.0, (3 * 4) / (2 * 4), (n * 8) / (n * 2))
print((1 * 2) + (3.5 * 2), (True + 1.5) * (False - 0.5))

# float subclasses keep their own operators
class F(float):
    def __add__(self, o):
        return "F.add"
    def __mul__(self, o):
        return F(float(self) * 10)
f1 = F(2.0)
print((f1 * 2.0) * 1.5, (f1 + 1.0), type(f1 * 2.0).__name__, (1.5 * 2.0) + f1)

# augmented assignment with an operation on its right
acc = 1.0
keepacc = acc
acc += 2.0 * 3.0
acc -= acc * 0.5
acc *= (acc + 1.0) * 2.0
print(acc, keepacc)
lst = [1.0, 2.0]
lst[0] += lst[1] * 3.0
lst[1] -= lst[0] * lst[0]
print(lst)

# the results are all distinct objects with their own values
res = [(i * 0.5) * 2.0 for i in range(5)]
print(res, len({id(x) for x in res}) == 5)

# calls: call-heavy code: closures, keyword arguments, defaults, *args and **kwargs,
# bound methods, lambdas, nested functions and recursion.
def make_adder(n):
    def add(x):
        return x + n
    return add

def kw(a, b=2, *, c=3, d=4):
    return a + b * c - d

def star(*args):
    return len(args) + (args[0] if args else 0)

def dstar(**kwargs):
    return len(kwargs) + kwargs.get("x", 0)

def both(a, *args, k=1, **kwargs):
    return a + len(args) + k + len(kwargs)

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def run(n):
    add5 = make_adder(5)
    c = Counter()
    inc = c.inc
    sq = lambda v: v * v
    total = 0
    for i in range(n):
        total += add5(i)
        total += kw(i) + kw(i, 3) + kw(i, c=5) + kw(a=i, d=1)
        total += star() + star(i) + star(i, 1, 2)
        total += dstar() + dstar(x=i) + dstar(x=1, y=2)
        total += both(i) + both(i, 1, 2, k=3, z=4)
        total += inc() + inc(2) + c.inc(by=3)
        total += sq(i & 15)
        args = (i, 1)
        total += kw(*args) + both(*args, **{"k": 2})
    return total

print(run(40000))
print(ack(2, 300), ack(3, 5))

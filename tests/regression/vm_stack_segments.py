# The VM's value stack is a chain of segments; the first one used to hold 16 Ki Values
# and is now a small chunk of 1597 (docs/notes/mem17.md), so ordinary programs cross
# segment boundaries: deep recursion, frames larger than a segment, generators and
# exceptions suspended or unwinding across boundaries, collections in between.
import gc
import sys


def depth(n, a=1, b=2, c=3, d=4):
    x, y, z = a + n, b * 2, c - d
    if n == 0:
        return x + y + z
    return depth(n - 1, a, b, c, d) + 1


print(depth(10), depth(500), depth(950))


def collect_deep(n):
    local = [n, str(n), (n, n)]
    if n == 0:
        gc.collect()
        return 0
    r = collect_deep(n - 1)
    return r + local[0] + len(local[1]) + local[2][1]


print(collect_deep(800))

# a frame larger than a segment: a 3000-item literal needs 3000 stack slots
src = "def big(v):\n    return [" + ", ".join("v + %d" % i for i in range(3000)) + "]\n"
ns = {}
exec(src, ns)
big = ns["big"]
print(sum(big(1)), len(big(2)))


def nest_big(n):
    if n == 0:
        return sum(big(n))
    return nest_big(n - 1) + n


print(nest_big(300))


# bouncing across a boundary: many calls at the depth where a segment ends
def at_depth(n, k):
    if n == 0:
        t = 0
        for i in range(k):
            t += leaf(i)
        return t
    return at_depth(n - 1, k)


def leaf(i):
    a, b, c, d, e, f = i, i + 1, i + 2, i + 3, i + 4, i + 5
    return a + b + c + d + e + f


print([at_depth(n, 200) for n in range(0, 400, 37)])


# generators suspended deep in the stack, resumed from shallow frames
def gen_at(n):
    if n == 0:
        def g():
            for i in range(5):
                yield [i] * 3
                gc.collect()
        return g()
    return gen_at(n - 1)


gens = [gen_at(d) for d in (0, 200, 600, 900)]
print([list(g) for g in gens])


# exceptions raised deep, caught shallow, with tracebacks kept
def raise_at(n):
    if n == 0:
        raise ValueError("deep")
    return raise_at(n - 1)


for d in (10, 700, 950):
    try:
        raise_at(d)
    except ValueError as e:
        tb = e.__traceback__
        count = 0
        while tb is not None:
            count += 1
            tb = tb.tb_next
        print(d, str(e), count)

# the recursion limit is still a RecursionError, and the stack is usable after it
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(900))

old = sys.getrecursionlimit()
sys.setrecursionlimit(4000)
print(depth(3500))
sys.setrecursionlimit(old)
print(depth(100))

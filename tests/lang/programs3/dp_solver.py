import functools
from functools import lru_cache, cache, partial, wraps, cached_property, singledispatch
import sys

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))

def knapsack(items, cap):
    @lru_cache(maxsize=128)
    def best(i, c):
        if i == len(items):
            return 0
        w, v = items[i]
        skip = best(i + 1, c)
        if w <= c:
            return max(skip, v + best(i + 1, c - w))
        return skip
    r = best(0, cap)
    return r, best.cache_info().hits > 0

print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"))

@lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(sq.cache_info())
@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info().currsize)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def coin_change(coins, amount):
    """Min coins."""
    dp = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                dp[a] = min(dp[a], dp[a - c] + 1)
    return dp[amount] if dp[amount] != float("inf") else -1
print(coin_change((1, 5, 10, 25), 63), coin_change.__name__, coin_change.__doc__, coin_change.__wrapped__.__name__)
print(coin_change((2,), 3))

pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, partial(int, base=2)("1011"), repr(partial(max, 1))[:16])

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @cached_property
    def paths(self):
        print("computing")
        @lru_cache(None)
        def p(x, y):
            if x == 0 or y == 0:
                return 1
            return p(x - 1, y) + p(x, y - 1)
        return p(self.w, self.h)
g = Grid(10, 10)
print(g.paths, g.paths, "paths" in g.__dict__)

@singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list " + ", ".join(show(i) for i in x)
print(show(3), show("s"), show([1, "a", [2]]), show(True))
sys.setrecursionlimit(5000)
@lru_cache(None)
def count_partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return count_partitions(n - k, k) + count_partitions(n, k - 1)
print(count_partitions(100, 100))
try:
    fib("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError:", e)

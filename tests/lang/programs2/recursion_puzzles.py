# Recursive puzzles with memoization dicts and a raised recursion limit: Hanoi, Ackermann, flood fill, expressions.
import sys

sys.setrecursionlimit(5000)


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


ack_cache = {}


def ackermann(m, n):
    key = (m, n)
    if key in ack_cache:
        return ack_cache[key]
    if m == 0:
        result = n + 1
    elif n == 0:
        result = ackermann(m - 1, 1)
    else:
        result = ackermann(m - 1, ackermann(m, n - 1))
    ack_cache[key] = result
    return result


def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    def fill(r, c):
        if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
            return 0
        grid[r][c] = new
        return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
    return fill(r, c)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def all_expressions(digits, target):
    results = []
    def rec(i, expr, value, last):
        if i == len(digits):
            if value == target:
                results.append(expr)
            return
        for j in range(i + 1, len(digits) + 1):
            part = digits[i:j]
            if len(part) > 1 and part[0] == "0":
                break
            n = int(part)
            if i == 0:
                rec(j, part, n, n)
            else:
                rec(j, f"{expr}+{part}", value + n, n)
                rec(j, f"{expr}-{part}", value - n, -n)
                rec(j, f"{expr}*{part}", value - last + last * n, last * n)
    rec(0, "", 0, 0)
    return sorted(results)


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


def count_change(amount, coins, memo=None):
    if memo is None:
        memo = {}
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    key = (amount, len(coins))
    if key not in memo:
        memo[key] = count_change(amount - coins[0], coins, memo) + count_change(amount, coins[1:], memo)
    return memo[key]


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def binary_strings(n, no_consecutive_ones=True, prefix=""):
    if len(prefix) == n:
        return [prefix]
    out = binary_strings(n, no_consecutive_ones, prefix + "0")
    if not (no_consecutive_ones and prefix.endswith("1")):
        out += binary_strings(n, no_consecutive_ones, prefix + "1")
    return out


moves = hanoi(4)
print(len(moves), moves[:5])
print("hanoi(10) moves:", len(hanoi(10)), "== 2**10-1:", len(hanoi(10)) == 2 ** 10 - 1)
print([ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 50), ackermann(3, 5), len(ack_cache))
grid = [list(row) for row in ["..##....", ".#..#...", ".#..#.##", "..##..#.", "......#."]]
print("filled:", flood_fill(grid, 0, 0, "o"), "second:", flood_fill(grid, 1, 2, "x"), "noop:", flood_fill(grid, 0, 0, "o"))
print("\n".join("".join(r) for r in grid))
print("depth 3000:", depth(3000), "limit:", sys.getrecursionlimit())
try:
    depth(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
print("still works after:", depth(100))
print(all_expressions("123", 6), all_expressions("232", 8), all_expressions("105", 5), all_expressions("00", 0))
print(list(flatten([1, [2, [3, [4, (5, 6)]], []], "ab", [[[[7]]]]])))
print(power_set([1, 2, 3]), len(power_set(list(range(10)))))
print(count_change(100, [50, 25, 10, 5, 1]), count_change(300, [200, 100, 50, 20, 10, 5, 2, 1]))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), gcd(0, 9))
strings = binary_strings(5)
print(len(strings), strings[:6], [len(binary_strings(n)) for n in range(1, 12)])
nested = []
for i in range(500):
    nested = [nested, i]
def nested_sum(x):
    return x[1] + nested_sum(x[0]) if x else 0
print("nested sum:", nested_sum(nested))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(1000), mutual_odd(777), mutual_even(7))

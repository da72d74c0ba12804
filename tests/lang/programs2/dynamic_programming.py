# Dynamic programming classics with reconstruction: LCS, edit distance, knapsack, coins, LIS.

def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    ops_prev = [[("ins", ch) for ch in b[:j]] for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        ops_cur = [ops_prev[0] + [("del", ca)]] + [None] * len(b)
        for j, cb in enumerate(b, 1):
            choices = [
                (prev[j] + 1, ops_prev[j] + [("del", ca)]),
                (cur[j - 1] + 1, ops_cur[j - 1] + [("ins", cb)]),
                (prev[j - 1] + (ca != cb), ops_prev[j - 1] + ([("sub", ca + ">" + cb)] if ca != cb else [])),
            ]
            cur[j], ops_cur[j] = min(choices, key=lambda c: c[0])
        prev, ops_prev = cur, ops_cur
    return prev[-1], ops_prev[-1]


def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, _ = items[i - 1]
            chosen.append(name)
            c -= w
    return best[-1][-1], sorted(chosen)


def coin_ways(coins, total):
    ways = [1] + [0] * total
    for coin in coins:
        for t in range(coin, total + 1):
            ways[t] += ways[t - coin]
    return ways[total]


def min_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    pick = [None] * (total + 1)
    for t in range(1, total + 1):
        for coin in coins:
            if coin <= t and best[t - coin] + 1 < best[t]:
                best[t] = best[t - coin] + 1
                pick[t] = coin
    if best[total] == INF:
        return None
    used, t = [], total
    while t:
        used.append(pick[t])
        t -= pick[t]
    return sorted(used, reverse=True)


def lis(seq):
    tails, tails_idx, parent = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[lo] = x
            tails_idx[lo] = i
        parent[i] = tails_idx[lo - 1] if lo else None
    out, k = [], tails_idx[-1] if tails_idx else None
    while k is not None:
        out.append(seq[k])
        k = parent[k]
    return out[::-1]


memo = {}


def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]


for a, b in [("ABCBDAB", "BDCABA"), ("dynamic", "programming"), ("", "abc"), ("same", "same")]:
    print(f"lcs({a!r}, {b!r}) = {lcs(a, b)!r}")

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "ab")]:
    d, ops = edit_distance(a, b)
    print(f"edit({a}, {b}) = {d}: {[o for o in ops]}")

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
value, chosen = knapsack(items, 400)
print("knapsack:", value, chosen)

print("coin ways 100 (US):", coin_ways([1, 5, 10, 25, 50, 100], 100))
print("coin ways 200 (UK):", coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
for total in [0, 6, 11, 23, 7]:
    print(f"min coins for {total} with (1,3,4): {min_coins([1, 3, 4], total)}")
print("min coins 7 with (2,4):", min_coins([2, 4], 7))

seq = [3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9, 1, 50]
print("LIS:", lis(seq), "length", len(lis(seq)))
print("LIS empty:", lis([]))

print("partitions:", [partitions(n) for n in range(1, 16)])
print("p(100) =", partitions(100), "memo entries:", len(memo))

grid = [[1, 3, 1, 2], [1, 5, 1, 9], [4, 2, 1, 1], [7, 1, 8, 1]]
rows, cols = len(grid), len(grid[0])
cost = [[0] * cols for _ in range(rows)]
for r in range(rows):
    for c in range(cols):
        up = cost[r - 1][c] if r else float("inf")
        left = cost[r][c - 1] if c else float("inf")
        cost[r][c] = grid[r][c] + (0 if r == c == 0 else min(up, left))
print("min path sum:", cost[-1][-1])
for row in cost:
    print(" ".join(f"{x:3d}" for x in row))

def count_paths(r, c, cache={}):
    if (r, c) in cache:
        return cache[(r, c)]
    result = 1 if r == 0 or c == 0 else count_paths(r - 1, c) + count_paths(r, c - 1)
    cache[(r, c)] = result
    return result

print("lattice paths 20x20:", count_paths(20, 20), "defaults cache size:", len(count_paths.__defaults__[0]))
catalan = [1]
for n in range(1, 25):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print("catalan:", catalan[:12], catalan[-1])

import heapq, bisect, collections
def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, ()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
G = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
     "d": [("e", 6)], "e": [], "f": [("e", 9)]}
dist, prev = dijkstra(G, "a")
print(sorted(dist.items()))
path, node = [], "e"
while node != "a":
    path.append(node); node = prev[node]
print("->".join(reversed(path + ["a"])))
def bfs_grid(grid, start, goal):
    R, C = len(grid), len(grid[0])
    q = collections.deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == goal:
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d + 1))
    return -1
maze = ["..#....", ".##.##.", "...#...", "#.....#", "..##..."]
print(bfs_grid(maze, (0, 0), (4, 6)), bfs_grid(maze, (0, 0), (0, 3)))
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(100)
print(ps, len(sieve(10000)))
def lis(a):
    tails = []
    for x in a:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([5, 4, 3]))
def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def lcs(a, b):
    m = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            m[i + 1][j + 1] = m[i][j] + x if x == y else max(m[i][j + 1], m[i + 1][j], key=len)
    return m[-1][-1]
print(lcs("thisisatest", "testing123testing"))
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0; dr, dc = 0, 1
    for k in range(n * n):
        m[r][c] = k
        if not (0 <= r + dr < n and 0 <= c + dc < n and m[r + dr][c + dc] == 0 and (r + dr, c + dc) != (0, 0)):
            dr, dc = dc, -dr
        r, c = r + dr, c + dc
    return m
for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))
class LRU:
    def __init__(self, cap): self.cap, self.d = cap, collections.OrderedDict()
    def get(self, k):
        if k not in self.d: return -1
        self.d.move_to_end(k); return self.d[k]
    def put(self, k, v):
        self.d[k] = v; self.d.move_to_end(k)
        if len(self.d) > self.cap: print("evict", self.d.popitem(last=False))
c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2)); c.put(4, 4); print(c.get(1), c.get(3), c.get(4))
def topo(deps):
    indeg = collections.Counter()
    for n, ds in deps.items():
        indeg.setdefault(n, 0)
        for d in ds: indeg[n] += 1; indeg.setdefault(d, 0)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    out = []
    while ready:
        n = ready.pop(0); out.append(n)
        for m, ds in sorted(deps.items()):
            if n in ds:
                indeg[m] -= 1
                if indeg[m] == 0: ready.append(m); ready.sort()
    if len(out) != len(indeg): raise ValueError("cycle detected")
    return out
print(topo({"app": ["lib", "util"], "lib": ["core"], "util": ["core"], "core": []}))
try: topo({"a": ["b"], "b": ["a"]})
except ValueError as e: print(e)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["b", "a", "c"]), list(heapq.merge([1, 4], [2, 3])))
h = []; [heapq.heappush(h, (-p, n)) for p, n in [(2, "x"), (5, "y"), (1, "z")]]; print([heapq.heappop(h)[1] for _ in range(3)])
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2), bisect.insort(l := [1, 3], 2) or l)
def grade(score, bps=[60, 70, 80, 90], grades="FDCBA"): return grades[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

import heapq, collections, itertools, functools, graphlib
graph = {'A': {'B': 4, 'C': 2}, 'B': {'C': 5, 'D': 10}, 'C': {'E': 3}, 'D': {'F': 11}, 'E': {'D': 4}, 'F': {}}
def dijkstra(g, src):
    dist = {src: 0}; prev = {}; pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')): continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra(graph, 'A')
path, node = [], 'F'
while node != 'A':
    path.append(node); node = prev[node]
print(dist, ['A'] + path[::-1])
def bfs(g, s):
    seen, q, order = {s}, collections.deque([s]), []
    while q:
        u = q.popleft(); order.append(u)
        for v in sorted(g[u]):
            if v not in seen: seen.add(v); q.append(v)
    return order
print(bfs(graph, 'A'))
ts = graphlib.TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}, 'e': {'d'}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0], sorted(e.args[1]))
@functools.lru_cache(None)
def lcs(a, b):
    if not a or not b: return ''
    if a[0] == b[0]: return a[0] + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]), key=len)
print(lcs('AGGTAB', 'GXTXAYB'), lcs.cache_info().hits > 0)
def knap(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knap([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def primes(n):
    sieve = bytearray([1]) * (n + 1); sieve[0:2] = b'\x00\x00'
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]: sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, p in enumerate(sieve) if p]
print(primes(60), sum(primes(10000)))
print(list(itertools.permutations('abc'))[:3], sum(1 for p in itertools.permutations(range(6)) if all(abs(p[i] - p[i + 1]) != 1 for i in range(5))))
def nqueens(n):
    return sum(1 for p in itertools.permutations(range(n)) if len({p[i] + i for i in range(n)}) == n == len({p[i] - i for i in range(n)}))
print([nqueens(k) for k in range(1, 8)])
memo = {}
def fib(n): return n if n < 2 else memo.get(n) or memo.setdefault(n, fib(n - 1) + fib(n - 2))
print(fib(90), [bin(x).count('1') for x in range(8)], sorted(range(10), key=lambda x: (x % 3, -x)))
uf = list(range(10))
def find(x):
    while uf[x] != x: uf[x] = uf[uf[x]]; x = uf[x]
    return x
for a, b in [(1, 2), (3, 4), (2, 3), (7, 8)]: uf[find(a)] = find(b)
print(len({find(x) for x in range(10)}), find(1) == find(4))

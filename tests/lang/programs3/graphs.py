from collections import deque, defaultdict, ChainMap, UserDict, UserList
import heapq

class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed
    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
    def bfs(self, s):
        seen = {s}; order = []; q = deque([s])
        while q:
            u = q.popleft(); order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v); q.append(v)
        return order
    def dfs(self, s, seen=None):
        seen = seen if seen is not None else []
        seen.append(s)
        for v in sorted(self.adj[s]):
            if v not in seen:
                self.dfs(v, seen)
        return seen
    def dijkstra(self, s):
        dist = {s: 0}; prev = {}
        pq = [(0, s)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd; prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev
    def topo(self):
        indeg = defaultdict(int)
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        q = deque(sorted(u for u in self.adj if indeg[u] == 0))
        out = []
        while q:
            u = q.popleft(); out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        if len(out) != len(self.adj):
            raise ValueError("cycle detected")
        return out
    def components(self):
        seen = set(); comps = []
        for u in sorted(self.adj):
            if u not in seen:
                c = self.dfs(u, [])
                seen.update(c); comps.append(sorted(c))
        return comps

g = Graph()
for u, v, w in [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("x", "y", 1)]:
    g.add(u, v, w)
print(g.bfs("a"), g.dfs("a"))
dist, prev = g.dijkstra("a")
print(sorted(dist.items()))
path = ["d"]
while path[-1] != "a":
    path.append(prev[path[-1]])
print("->".join(reversed(path)))
print(g.components())
dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add(u, v)
print(dag.topo())
dag.add("jacket", "shirt")
try:
    dag.topo()
except ValueError as e:
    print("ValueError:", e)
dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1); dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq[-1], len(dq), 3 in dq, dq.index(3), dq.count(3))
dq.extendleft([10, 11]); print(dq, list(reversed(dq)))
dq2 = deque("abc"); dq2.remove("b"); dq2.insert(1, "z"); print(dq2, dq2.pop(), dq2.popleft(), dq2)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
dd = defaultdict(lambda: defaultdict(int))
for w in "the cat sat on the mat the end".split():
    dd[w[0]][w] += 1
print({k: dict(v) for k, v in sorted(dd.items())})
print(repr(defaultdict(list, {"a": [1]})), defaultdict(int).default_factory)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
cm["z"] = 0; print(cm.maps)
class Registry(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
r = Registry(); r["Foo"] = 1; r.update(BAR=2)
print(r, r.data, "foo" in r, len(r))
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1, 2]); s.push(3); print(s, s[-1], s + [4], type(s[:1]).__name__)
grid = ["S.#.....", "..#.##.#", "....#...", "##.#..#E"]
def maze(grid):
    H, W = len(grid), len(grid[0])
    start = next((r, c) for r in range(H) for c in range(W) if grid[r][c] == "S")
    q = deque([(start, 0)]); seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d + 1))
    return -1
print("maze", maze(grid))

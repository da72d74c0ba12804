# Maze solving with BFS, DFS (iterative and recursive), Dijkstra with a hand-written heap.

MAZE = """
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###.#.##.#
#.....#..#
##########
""".strip().splitlines()


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    raise ValueError(f"{ch!r} not in maze")


START, END = find("S"), find("E")
DIRS = {(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}


def neighbors(pos):
    r, c = pos
    for (dr, dc), name in DIRS.items():
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[nr]) and MAZE[nr][nc] != "#":
            yield (nr, nc), name


def bfs(start, goal):
    frontier = [start]
    came = {start: None}
    head = 0
    while head < len(frontier):
        cur = frontier[head]
        head += 1
        if cur == goal:
            break
        for nxt, move in neighbors(cur):
            if nxt not in came:
                came[nxt] = (cur, move)
                frontier.append(nxt)
    if goal not in came:
        return None, len(came)
    path = []
    node = goal
    while came[node] is not None:
        prev, move = came[node]
        path.append(move)
        node = prev
    return "".join(reversed(path)), len(came)


def dfs_iter(start, goal):
    stack = [(start, "")]
    seen = set()
    while stack:
        node, path = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        if node == goal:
            return path
        for nxt, move in neighbors(node):
            if nxt not in seen:
                stack.append((nxt, path + move))
    return None


def all_paths(node, goal, seen, path, out):
    if node == goal:
        out.append(path)
        return
    for nxt, move in neighbors(node):
        if nxt not in seen:
            seen.add(nxt)
            all_paths(nxt, goal, seen, path + move, out)
            seen.remove(nxt)


path, explored = bfs(START, END)
print("start", START, "end", END)
print("BFS path:", path, "length", len(path), "explored", explored)
dpath = dfs_iter(START, END)
print("DFS path:", dpath, "length", len(dpath))
paths = []
all_paths(START, END, {START}, "", paths)
paths.sort(key=lambda p: (len(p), p))
print("simple paths:", len(paths), "shortest", len(paths[0]), "longest", len(paths[-1]))


def draw(path):
    grid = [list(row) for row in MAZE]
    r, c = START
    for move in path:
        dr, dc = next(d for d, n in DIRS.items() if n == move)
        r, c = r + dr, c + dc
        if grid[r][c] == ".":
            grid[r][c] = "*"
    return "\n".join("".join(row) for row in grid)


print(draw(path))


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < len(a) and a[l] < a[smallest]:
                smallest = l
            if r < len(a) and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest


GRAPH = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    done = set()
    while heap:
        d, u = heap.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev


dist, prev = dijkstra(GRAPH, "A")
for node in sorted(GRAPH):
    if node not in dist:
        print(f"{node}: unreachable")
        continue
    chain = [node]
    while chain[-1] in prev:
        chain.append(prev[chain[-1]])
    print(f"{node}: {dist[node]:>3} via {' -> '.join(reversed(chain))}")

h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    h.push(x)
print("heap sort:", [h.pop() for _ in range(len(h))])


def components(graph):
    undirected = {k: set(v) for k, v in graph.items()}
    for k, vs in graph.items():
        for v in vs:
            undirected.setdefault(v, set()).add(k)
    seen, comps = set(), []
    for start in sorted(undirected):
        if start in seen:
            continue
        comp, stack = [], [start]
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(sorted(undirected[n] - seen, reverse=True))
        comps.append(comp)
    return comps


print("components:", components(GRAPH))
DEPS = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": []}


def toposort(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError(f"cycle at {n}")
        state[n] = "active"
        for d in deps[n]:
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order


print("topo:", toposort(DEPS))
DEPS["core"] = ["app"]
try:
    toposort(DEPS)
except ValueError as e:
    print("ValueError:", e)

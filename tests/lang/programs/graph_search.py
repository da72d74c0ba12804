# Graph algorithms on adjacency dicts: BFS shortest path, DFS, topological sort, Dijkstra, components.
graph = {
    'A': ['B', 'C'],
    'B': ['D', 'E'],
    'C': ['F'],
    'D': [],
    'E': ['F', 'G'],
    'F': ['H'],
    'G': ['H'],
    'H': [],
    'X': ['Y'],
    'Y': [],
}


def bfs_path(g, start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in g[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None


def dfs_order(g, start):
    order, stack, seen = [], [start], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(g[node]))
    return order


def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError('graph has a cycle')
    return out


def components(g):
    undirected = {n: set() for n in g}
    for n in g:
        for m in g[n]:
            undirected[n].add(m)
            undirected[m].add(n)
    seen, comps = set(), []
    for n in sorted(g):
        if n not in seen:
            comp = []
            stack = [n]
            while stack:
                x = stack.pop()
                if x not in seen:
                    seen.add(x)
                    comp.append(x)
                    stack.extend(undirected[x] - seen)
            comps.append(sorted(comp))
    return comps


def dijkstra(wg, src):
    dist = {src: 0}
    prev = {}
    todo = {src}
    done = set()
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        done.add(u)
        for v, w in wg.get(u, {}).items():
            if v in done:
                continue
            nd = dist[u] + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                todo.add(v)
    return dist, prev


print('BFS A->H:', bfs_path(graph, 'A', 'H'))
print('BFS A->Y:', bfs_path(graph, 'A', 'Y'))
print('DFS from A:', dfs_order(graph, 'A'))
print('topological:', topo_sort(graph))
print('components:', components(graph))
cyclic = {'a': ['b'], 'b': ['c'], 'c': ['a']}
try:
    topo_sort(cyclic)
except ValueError as e:
    print('ValueError:', e)
roads = {
    'home': {'shop': 4, 'park': 1},
    'park': {'shop': 2, 'school': 6},
    'shop': {'school': 3, 'office': 7},
    'school': {'office': 1},
    'office': {},
}
dist, prev = dijkstra(roads, 'home')
for place in sorted(dist, key=lambda p: (dist[p], p)):
    path = [place]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(f'{place:<7}{dist[place]:>3}  via {" -> ".join(reversed(path))}')

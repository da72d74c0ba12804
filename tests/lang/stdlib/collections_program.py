from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
from functools import lru_cache, reduce, partial, wraps
from itertools import groupby, chain, combinations, permutations, accumulate, product, islice, count
import heapq, bisect, operator, copy
from contextlib import contextmanager, suppress

text = """the quick brown fox jumps over the lazy dog the fox barks and the dog runs
a quick movement of the enemy will jeopardize six gunboats"""
words = text.split()
freq = Counter(words)
print(freq.most_common(5))
by_len = defaultdict(list)
for w in words: by_len[len(w)].append(w)
print(sorted((k, sorted(set(v))) for k, v in by_len.items())[:4])
graph = {'A': {'B': 1, 'C': 4}, 'B': {'C': 2, 'D': 5}, 'C': {'D': 1}, 'D': {}}
def dijkstra(src):
    dist = {src: 0}; pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')): continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd; heapq.heappush(pq, (nd, v))
    return dist
print(dijkstra('A'))
def bfs(start):
    seen = {start}; q = deque([start]); order = []
    while q:
        u = q.popleft(); order.append(u)
        for v in graph[u]:
            if v not in seen: seen.add(v); q.append(v)
    return order
print(bfs('A'))
@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print(partitions(60, 60), partitions.cache_info().hits > 0)
Emp = namedtuple('Emp', 'name dept salary')
emps = [Emp('ann', 'eng', 120), Emp('bob', 'eng', 100), Emp('cy', 'ops', 90), Emp('di', 'ops', 95)]
for dept, group in groupby(sorted(emps, key=operator.attrgetter('dept')), key=operator.attrgetter('dept')):
    g = list(group); print(dept, [e.name for e in g], sum(e.salary for e in g))
print(max(emps, key=operator.itemgetter(2)), sorted(emps, key=operator.attrgetter('salary'))[0]._asdict())
print(list(accumulate([3, 1, 4, 1, 5], max)), list(islice(count(1), 0, 10, 3)), reduce(operator.mul, range(1, 6)))
print(sum(1 for c in combinations(range(10), 3) if sum(c) == 15), len(list(permutations('abcd', 2))), list(product('ab', repeat=2)))
scores = [55, 67, 78, 89, 92]; grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in scores])
def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        r = fn(*a, **k); print(f'{fn.__name__}{a} -> {r}'); return r
    return inner
@logged
def add(a, b): return a + b
add(2, 3); print(add.__name__, add.__wrapped__(1, 1))
pow2 = partial(pow, 2); print([pow2(i) for i in range(8)])
cache = OrderedDict()
def lru_get(k, cap=3):
    if k in cache: cache.move_to_end(k); return cache[k]
    cache[k] = k * k
    if len(cache) > cap: cache.popitem(last=False)
    return cache[k]
for k in [1, 2, 3, 1, 4, 5, 1]: lru_get(k)
print(list(cache.items()))
nested = {'a': [1, {'b': 2}], 'c': (3, [4])}; dup = copy.deepcopy(nested); dup['a'][1]['b'] = 99; print(nested, dup)
@contextmanager
def timer(label):
    print('start', label); yield; print('end', label)
with timer('x'), suppress(KeyError): {}['missing']
print(list(chain.from_iterable([[1, 2], (3,), 'ab'])))

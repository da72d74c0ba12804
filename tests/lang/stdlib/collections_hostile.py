import itertools as it, functools, operator, collections, heapq, bisect
def attempt(f):
    try: r = f(); print('ok', r if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e: print(type(e).__name__, str(e)[:60])
def bad_gen():
    yield 1
    raise RuntimeError('mid')
attempt(lambda: list(it.product(bad_gen(), 'ab')))
attempt(lambda: list(it.permutations(bad_gen())))
attempt(lambda: list(it.combinations([], 10**9)))
attempt(lambda: list(it.combinations_with_replacement([], 10**9)))
attempt(lambda: list(it.permutations([1], 10**9)))
attempt(lambda: list(it.chain.from_iterable([1, 2])))
attempt(lambda: list(it.starmap(len, [1])))
attempt(lambda: list(it.accumulate([1, 'a'])))
attempt(lambda: list(it.zip_longest(bad_gen(), 'abc')))
attempt(lambda: list(it.groupby([1, 2], key=lambda x: 1 / 0)))
attempt(lambda: next(it.islice(bad_gen(), 1, 2)))
l = [1, 2, 3]
def mutating():
    for x in l:
        l.append(x)
        if len(l) > 10: return
        yield x
a, b = it.tee(mutating()); attempt(lambda: (list(a), list(b)))
attempt(lambda: it.repeat(1, 2**70))
attempt(lambda: list(it.repeat(1, -2**70)))
attempt(lambda: it.count(2**100, 2**100).__next__())
attempt(lambda: list(it.islice(it.count(), 2**63, 2**63 + 2)))
class EvilLen:
    def __len__(self): return -1
attempt(lambda: bisect.bisect(EvilLen(), 1))
class EvilIndex(list):
    def __getitem__(self, i): raise KeyError(i)
attempt(lambda: bisect.bisect(EvilIndex([1, 2, 3]), 2))
attempt(lambda: bisect.bisect([1, 2], 1, 0, 10))
attempt(lambda: bisect.insort((1, 2), 1))
h = [3, 1, 2]
class Mut:
    def __init__(self, v): self.v = v
    def __lt__(self, o): h.append(Mut(0)); return self.v < o.v
h = [Mut(3), Mut(1), Mut(2)]
attempt(lambda: heapq.heapify(h))
attempt(lambda: heapq.heappush(h, Mut(0)))
d = collections.deque([1, 2, 3])
class Evil:
    def __eq__(self, o): d.clear(); return False
attempt(lambda: d.index(Evil()))
d = collections.deque([Evil(), 2, 3])
attempt(lambda: d.remove(5))
d = collections.deque(range(5))
attempt(lambda: d == collections.deque([Evil()] * 5))
p = functools.partial(print)
p2 = functools.partial(p, p)
attempt(lambda: repr(functools.partial(p2)).count('partial'))
attempt(lambda: functools.reduce(operator.add, it.repeat(1, 1000)))
attempt(lambda: operator.attrgetter('a.b.c.d.e.f.g')(None))
attempt(lambda: operator.itemgetter(*range(100))(list(range(100)))[-1])
attempt(lambda: operator.methodcaller('x' * 1000)(1))
attempt(lambda: collections.namedtuple('T', ['f%d' % i for i in range(300)])(*range(300))[-1])
od = collections.OrderedDict.fromkeys(range(100))
for i in range(60): od.popitem(last=False)
od[500] = 1; od.move_to_end(70, last=False)
attempt(lambda: (list(od)[:3], len(od), od.popitem(last=False), od.popitem(last=False)))
attempt(lambda: collections._count_elements if False else collections.Counter(iter([[1]])))

import itertools, operator
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
t(lambda: list(Countdown(3))); t(lambda: sum(Countdown(4))); t(lambda: sorted(Countdown(3))); t(lambda: max(Countdown(3))); t(lambda: tuple(Countdown(2)))
c = Countdown(5)
t(lambda: list(zip(c, c))); t(lambda: 1 in Countdown(3)); t(lambda: dict.fromkeys(Countdown(2)))
it = iter([1, 2, 3])
t(lambda: list(it)); t(lambda: list(it)); t(lambda: next(it, 'end'))
t(lambda: type(iter(lambda: 1, 1)).__name__)
vals = iter([1, 2, 3, 0, 5])
t(lambda: list(iter(lambda: next(vals), 0)))
t(lambda: list(itertools.chain([1], (2,), 'ab'))); t(lambda: list(itertools.chain.from_iterable([[1], [2, 3]]))); t(lambda: list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
t(lambda: list(itertools.product('ab', repeat=2))); t(lambda: list(itertools.permutations(range(3), 2))[:4]); t(lambda: list(itertools.combinations('abcd', 3))); t(lambda: list(itertools.combinations_with_replacement('ab', 2)))
t(lambda: [(k, list(g)) for k, g in itertools.groupby('aabbbc')]); t(lambda: list(itertools.islice(itertools.count(5, 2), 3))); t(lambda: list(itertools.islice('abcdef', 1, None, 2))); t(lambda: list(itertools.takewhile(lambda x: x < 3, range(10))))
t(lambda: list(itertools.dropwhile(lambda x: x < 3, range(6)))); t(lambda: list(itertools.starmap(pow, [(2, 3), (3, 2)]))); t(lambda: list(itertools.zip_longest('ab', 'xyz', fillvalue='-'))); t(lambda: list(itertools.compress('abcd', [1, 0, 1, 0])))
t(lambda: list(itertools.filterfalse(None, [0, 1, 2]))); t(lambda: [list(x) for x in itertools.tee([1, 2], 2)]); t(lambda: list(itertools.pairwise('abcd'))); t(lambda: list(itertools.repeat('x', 3))); t(lambda: list(itertools.islice(itertools.cycle('ab'), 5)))
t(lambda: itertools.islice('a', -1)); t(lambda: list(itertools.permutations('ab', -1))); t(lambda: next(itertools.count(1.5))); t(lambda: repr(itertools.count(3))); t(lambda: repr(itertools.repeat(1, 2)))
g = (i for i in range(3))
t(lambda: next(g)); t(lambda: list(g)); t(lambda: next(g))
t(lambda: list(map(lambda *a: a, 'ab', 'xyz'))); t(lambda: list(enumerate(Countdown(2)))); t(lambda: list(reversed(range(3)))); t(lambda: reversed(Countdown(1)))
t(lambda: list(reversed('abc'))); t(lambda: list(reversed((1, 2)))); t(lambda: reversed({1, 2})); t(lambda: reversed(iter([])))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
t(lambda: list(reversed(Seq()))); t(lambda: list(Seq())); t(lambda: len(Seq())); t(lambda: Seq()[1])
class Rev:
    def __reversed__(self): return iter('zyx')
t(lambda: list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
t(lambda: reversed(NoRev()))
t(lambda: type(iter(range(3))).__name__); t(lambda: type(iter([])).__name__); t(lambda: type(iter(())).__name__); t(lambda: type(iter('')).__name__); t(lambda: type(iter(set())).__name__); t(lambda: type(iter({})).__name__); t(lambda: type(iter(b'')).__name__); t(lambda: type(reversed([])).__name__); t(lambda: type(reversed(range(2))).__name__)
t(lambda: type(zip()).__name__); t(lambda: type(map(len, [])).__name__); t(lambda: type(enumerate([])).__name__); t(lambda: type(filter(None, [])).__name__); t(lambda: type(iter(Seq())).__name__); t(lambda: type(iter(lambda: 1, 2)).__name__)
li = [1, 2, 3]
it2 = iter(li)
next(it2); li.append(4)
t(lambda: list(it2)); t(lambda: iter(li).__length_hint__()); t(lambda: operator.length_hint(iter(range(10)))); t(lambda: operator.length_hint(Countdown(3), 7))
d = {1: 1}
def mutate():
    for k in d:
        d[k + 1] = 1
t(mutate)
s = {1}
def mutate_s():
    for k in s:
        s.add(k + 1)
t(mutate_s)

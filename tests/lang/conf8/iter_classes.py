class Countdown:
    def __init__(self, start): self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self): return iter(range(1, self.start + 1))
    def __len__(self): return self.start
    def __contains__(self, x): print("contains", x); return 0 < x <= self.start
class Manual:
    def __init__(self, data): self.data, self.i = data, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]; self.i += 1
        return v
class OldSeq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
c = Countdown(3)
print(list(c), list(reversed(c)), len(c), 2 in c, 9 in c, sorted(c), sum(c), max(c))
m = Manual("abc")
print(next(m), list(m), list(m), next(m, "end"))
try: next(m)
except StopIteration as e: print("StopIteration", e.args)
print(list(OldSeq()), 9 in OldSeq(), 5 in OldSeq(), list(enumerate(OldSeq())), iter(OldSeq()).__class__.__name__)
try: iter(5)
except TypeError as e: print(e)
try: next([1])
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
try:
    for x in BadIter(): pass
except TypeError as e: print(e)
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
calls = iter(lambda: calls_list.pop(), None)
calls_list = [None, 3, 2, 1]
print(list(calls))
r = iter(range(5)); next(r)
print(r.__length_hint__(), list(r))
d = {"a": 1, "b": 2}
di = iter(d)
try:
    for k in di: d["c"] = 3
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e: print(e)
l = [1, 2, 3]
for x in l:
    if x == 2: l.remove(x)
print(l)
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), [f"{'  ' * d}{v}" for d, v in t.depth_first()])
gen = (x for x in range(3))
print(iter(gen) is gen, gen.__name__, gen.gi_running, next(gen), list(gen))
import itertools
cyc = itertools.cycle("ab")
print([next(cyc) for _ in range(5)], list(itertools.repeat(7, 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.permutations("abc", 2))[:4], list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.batched("abcdefg", 3)) if hasattr(itertools, "batched") else "no batched")

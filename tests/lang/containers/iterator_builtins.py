# enumerate, zip(strict=), map, filter, reversed, iter(callable, sentinel), sequence iteration
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([], 2)), list(enumerate('x', start=-1)))
print(list(enumerate('ab', 2**63 - 1)), list(enumerate('ab', 10**20)))
show(lambda: enumerate(5))
show(lambda: enumerate('a', 'b'))
print(list(zip()), list(zip('ab')), list(zip('abc', range(2))), list(zip('ab', 'cd', 'ef')))
show(lambda: list(zip('ab', 'abc', strict=True)))
show(lambda: list(zip('abc', 'ab', strict=True)))
show(lambda: list(zip('ab', 'ab', 'a', strict=True)))
show(lambda: list(zip('a', 'ab', 'ab', strict=True)))
print(list(zip('ab', 'xy', strict=True)), list(zip(strict=True)))
show(lambda: zip(1))
show(lambda: zip('a', foo=1))
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2, 9])), list(map(lambda *a: a, 'ab', 'cd', 'ef')))
show(lambda: map(abs))
show(lambda: list(map(abs, 'a')))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda v: v % 2, range(7))), list(filter(bool, [0, 2])))
show(lambda: filter(None))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 0, 2: 0})))
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(iter(Seq())))
class NoRev:
    def __len__(self): return 2
    def __getitem__(self, i): return i
    __reversed__ = None
show(lambda: reversed(NoRev()))
class OwnRev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(OwnRev())))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
it = enumerate('ab'); print(next(it), next(it)); show(lambda: next(it))
print(type(iter(Seq())).__name__, type(iter(counter, 1)).__name__, type(reversed([])).__name__, type(iter([])).__name__)
print(type(iter(())).__name__, type(iter(range(1))).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed(range(2))).__name__)
z = zip([1, 2], [3, 4]); print(next(z), list(z), list(z))
class E(enumerate): pass
print(list(E('ab', 1)), type(E('')).__name__)

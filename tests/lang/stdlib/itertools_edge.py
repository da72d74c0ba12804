import itertools as it
for f in [lambda: it.pairwise(), lambda: it.takewhile(), lambda: it.dropwhile(len), lambda: it.filterfalse(), lambda: it.zip_longest(a=1), lambda: it.chain(a=1), lambda: it.accumulate([], 1, 2), lambda: it.count(1,2,3), lambda: it.count(x=1), lambda: it.repeat(1, 2, 3), lambda: it.product(x=1), lambda: it.pairwise(x=1), lambda: it.islice('a', 1, x=1), lambda: list(it.starmap(pow, [1])), lambda: it.compress('a'), lambda: it.repeat(1,-5), lambda: it.repeat(1).__length_hint__(), lambda: it.repeat(1, 3).__length_hint__(),  lambda: it.count(1, 1.0), lambda: it.count(1.0), lambda: it.count(1, 2), lambda: it.chain.from_iterable(1), lambda: it.islice('abc', 2**70), lambda: list(it.islice('abcdef', 1, 2**70, 2)), lambda: list(it.islice('abc', 0, 2, 2**70)), lambda: list(it.accumulate([1], initial=None)), lambda: list(it.combinations(range(3), r=2)), lambda: list(it.permutations(range(3), r=None))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class MyChain(it.chain): pass
print(list(MyChain('ab', 'c')), type(MyChain()).__name__)
class C(it.count): pass
print(C(3), next(C(3)))
c = it.count(2**62, 2**62); next(c); print(next(c), c)
print(list(it.islice(it.count(-5, -2), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
x = iter([1, 2, 3, 4, 5]); s = it.islice(x, 2); print(list(s), list(x))
def gen():
    yield 1
    raise ValueError('from gen')
for mk in [lambda g: it.chain(g), lambda g: it.islice(g, 5), lambda g: it.accumulate(g), lambda g: it.zip_longest(g, 'abc'), lambda g: it.cycle(g), lambda g: it.pairwise(it.chain([0], g))]:
    try: print(list(mk(gen())))
    except ValueError as e: print('ValueError', e)
z = it.zip_longest('ab', 'c'); print(list(z), list(z))
cy = it.cycle('ab'); print([next(cy) for _ in range(5)])
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=2)), list(it.accumulate(iter([]))))
print(list(it.starmap(lambda *a: sum(a), [[1, 2], (3,), iter([4, 5])])))
print(list(it.dropwhile(lambda x: x < 5, [1, 7, 2, 9])), list(it.takewhile(bool, [1, 1, 0, 1])))
print(list(it.compress(range(10), it.cycle([1, 0]))))
p = it.product('ab', range(2)); print(next(p), list(p), list(p))
print(list(it.permutations([])), list(it.combinations([], 0)), list(it.combinations_with_replacement([1, 2], 3)))
print(len(list(it.permutations(range(5)))), len(list(it.combinations_with_replacement(range(5), 3))))
print(it.chain[int], type(it.chain.from_iterable(['a'])).__name__)
print(list(it.islice(range(10), 1, None, 2**62)), list(it.islice(range(10), 0, 10, 2**63-1)), list(it.islice(range(10), 3, 10, 2**61)))

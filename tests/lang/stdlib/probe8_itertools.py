import itertools as it, operator
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4), ('c', 5), ('c', 6)]
for k, g in it.groupby(data, key=lambda t: t[0]):
    print(k, [v for _, v in g])
print([(k, len(list(g))) for k, g in it.groupby('aaabbbcccaaa')])
print(list(it.groupby([])))
gb = it.groupby('aabb')
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate('abc')), list(it.accumulate([1, 2], func=operator.sub, initial=10)))
print(list(it.pairwise('abcd')), list(it.pairwise([1])), list(it.pairwise([])))
print(hasattr(it, 'batched'))
try:
    it.batched
except AttributeError as e:
    print('AttributeError', e)
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), repeat=3))))
print(list(it.product([1, 2], 'xy')), list(it.product()), list(it.product([], [1])))
try:
    it.product('ab', repeat=-1)
except ValueError as e:
    print('ValueError', e)
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement('ab', 0)))
print(list(it.combinations(range(4), 3)), list(it.permutations('abc', 2))[:4], list(it.combinations('ab', 3)))
try:
    it.combinations('abc', -1)
except ValueError as e:
    print('ValueError', e)
print(list(it.islice(it.count(10, 5), 3)), list(it.islice('abcdefg', 1, None, 2)), list(it.islice(range(10), 2, 8, 3)))
try:
    it.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    it.islice('abc', 0, 2, 0)
except ValueError as e:
    print('ValueError', e)
print(list(it.chain.from_iterable(['ab', [1, 2]])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')), list(it.repeat('x', 3)), list(it.repeat('y', -1)))
a, b = it.tee([1, 2, 3]); print(list(a), list(b))
try:
    it.tee([1], -1)
except ValueError as e:
    print('ValueError', e)
print(list(it.islice(it.cycle('ab'), 5)), next(it.count(2.5, 0.5)), repr(it.count(3)), repr(it.count(1.0, 2)))
try:
    it.accumulate([1], initial=1, bogus=2)
except TypeError as e:
    print('TypeError', e)
try:
    it.groupby(5)
except TypeError as e:
    print('TypeError', e)
print(repr(it.repeat('a', 2)))

from itertools import *
for n in range(0, 6):
    pool = list(range(n))
    for r in range(0, 7):
        for f in (permutations, combinations, combinations_with_replacement):
            res = list(f(pool, r))
            print(f.__name__[:5], n, r, len(res), res[:2], res[-1:] if res else None)
        res = list(product(pool, repeat=r)) if r < 5 else []
        print('prod', n, r, len(res), res[-1:] if res else None)
print(list(islice(count(10, -3), 5)), list(accumulate(range(1, 8), lambda a, b: a * b)), list(zip_longest('abc', range(5), 'x', fillvalue=0)))
print([list(islice(range(20), *a)) for a in [(5,), (2, 9), (2, 9, 3), (None, None, 4), (18, None), (5, 3)]])
print(list(chain.from_iterable(combinations('abcd', k) for k in range(3))))

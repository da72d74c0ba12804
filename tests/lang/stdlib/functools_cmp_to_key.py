from functools import cmp_to_key
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(0), K(1) >= K(5), K(1) != K(1))
for bad in [lambda: K(1) < 1, lambda: K(), lambda: K(1, 2), lambda: cmp_to_key()]:
    try: print(bad())
    except TypeError as e: print(e)
print(K(obj=5).obj, type(K).__name__, type(K(1)).__name__, callable(K))
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(min([3, 1, 2], key=K), max('abc', key=K))

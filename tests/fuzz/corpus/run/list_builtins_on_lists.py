# len, min, max, sum, sorted, reversed, list(), in on lists.
a = [5, 3, 8, 1]
print(len(a), min(a), max(a), sum(a), sorted(a), list(reversed(a)))
print(3 in a, 4 in a, 4 not in a)
print(list('abc'), list(range(3)), list((1, 2)), list({'k': 1}), list())
print(a.__len__(), list.__name__)
e = enumerate(['x', 'y'])
print(list(e), list(e))
print(any([0, 0, 1]), all([1, 1, 0]))
print([i * i for i in a if i % 2])
r = reversed(a)
a[0] = 100
print(list(r))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)

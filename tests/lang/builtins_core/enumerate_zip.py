# enumerate with start and zip with uneven lengths and strict.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
e = enumerate(['x', 'y'], start=-1)
print(next(e), next(e), next(e, 'done'))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
names, ages = zip(*[('a', 1), ('b', 2)])
print(names, ages)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(dict(zip('abc', range(3))))
print(type(enumerate([])).__name__, type(zip()).__name__)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)

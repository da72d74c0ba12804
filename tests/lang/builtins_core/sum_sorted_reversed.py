# sum with start, sorted with key/reverse, reversed on sequences.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1] * 10), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted('cba'), sorted({'b': 1, 'a': 2}), sorted((3, 2, 1), reverse=True))
print(sorted(['Banana', 'apple', 'Cherry'], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])), ''.join(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({'x': 1, 'y': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)

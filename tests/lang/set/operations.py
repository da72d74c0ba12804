# Set union, intersection, difference and symmetric difference with small ints.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference([4, 7])))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > set())
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), set() == set([]))
print(len(a), 3 in a, 9 not in a)

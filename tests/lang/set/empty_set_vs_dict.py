# {} is a dict; set() is the empty set.
x = {}
y = set()
print(type(x).__name__, type(y).__name__, x == y)
print(bool(y), len(y), list(y))
y.add(0)
print(y, bool(y))
print(type({1}).__name__, type({1: 1}).__name__)
print(set(range(0)), set(range(3)))
print(set({'k': 1}), set((1, 2)))
print(set() < {1}, set() <= set(), set() == frozenset())

# list.sort of exact tuples compares them as tuple's < does: the first unequal items
# decide (== first, then <), else the shorter is less; NaN, custom __eq__/__lt__,
# exceptions and tuple subclasses behave as with the general comparison.
import random

r = random.Random(5)
data = [(r.random(), str(r.randrange(100))) for _ in range(200)]
print(sorted(data) == sorted(data, key=lambda t: (t[0], t[1])), sorted(data)[:2])
print(sorted([(1, 2), (1,), (), (0, 5, 1), (1, 2, 0), (0, 5)]))
print(sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1)], reverse=True))
nan = float("nan")
print(sorted([(2.0, "x"), (nan, "a"), (1.0, "b"), (nan, "c")]))
print(sorted([(1, "b"), (1.0, "a"), (True, "c")]))

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v

print(sorted([(Loud(2), 0), (Loud(1), 1), (Loud(2), -1)]))

class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")
    __hash__ = None

l = [(Bad(), 1), (Bad(), 2)]
try:
    l.sort()
except ValueError as e:
    print("ValueError", e, len(l))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)

class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)

print(sorted([T((1,)), T((1, 2, 3)), T((5, 5))]))
print(sorted([(3,), T((1, 2))]))
# keys that are tuples, with key=
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w), reverse=True))
nested = [((2, "b"), 1), ((1, "z"), 2), ((2, "a"), 3)]
print(sorted(nested))

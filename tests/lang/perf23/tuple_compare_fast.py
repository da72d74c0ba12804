# Tuple comparison and sorting by tuple keys: small ints and exact strs are compared
# directly; every other element type (bool, big ints, floats and NaN, str subclasses with
# their own comparisons, mixed types) must still take Python's rules.
nan = float("nan")
class S(str):
    def __lt__(self, other):
        return len(self) < len(other)
    def __eq__(self, other):
        return len(self) == len(other)
    __hash__ = str.__hash__

cases = [((1, 2), (1, 3)), ((1, 2), (1, 2)), ((2,), (1, 9)), ((1,), (1, 0)), ((), ()),
         ((-5, 0), (-5, -1)), ((2 ** 70, 1), (2 ** 70, 2)), ((True, 1), (1, 0)),
         ((1, "b"), (1, "a")), (("a", 1), ("a", 1)), (("ab", 2), ("b", 1)),
         (("é", 1), ("e", 2)), (("\U0001f600",), ("\uffff",)), ((nan,), (nan,)),
         ((1.0, 2), (1, 3)), ((S("aa"), 1), (S("b"), 0)), ((S("ab"), 1), (S("cd"), 0)),
         (("x", S("aaa")), ("x", S("b"))), ((0, -0), (0, 0)), ((1, 2, 3), (1, 2))]
for a, b in cases:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
t = (nan, 1)
print(t == t, t < t, [t] == [t], (nan, 1) == (nan, 1))
for bad in (((1, "a"), (1, 2)), (("a", None), ("a", 1))):
    try:
        print(bad[0] < bad[1])
    except TypeError as e:
        print("TypeError", e)

words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "fig", "banana"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (w[-1], -len(w), w), reverse=True))
print(sorted([(S(w), i) for i, w in enumerate(words)]))
print(sorted([(i % 3, 2 ** 65 - i, w) for i, w in enumerate(words)]))
recs = [(v % 7, v % 3 == 0, -v) for v in range(40)]
print(sorted(recs)[:12])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)

# lists take the same element step
class Shrinker:
    def __init__(self, victim):
        self.victim = victim
    def __eq__(self, other):
        self.victim.clear()
        return False
    def __lt__(self, other):
        return True
for a, b in cases:
    la, lb = list(a), list(b)
    print(la < lb, la <= lb, la == lb, la != lb, la > lb, la >= lb)
victim = [1, 2, 3]
print([Shrinker(victim), 5] < victim, victim)
victim = ["a", "b"]
print(["a", Shrinker(victim)] == victim, victim)
print(sorted([["b", 2], ["a", 3], ["b", 1], ["a", 2, 0]]))

# hash() of a tuple calls each item's __hash__ every time (CPython 3.11 caches nothing):
# side effects repeat and a changed item hash changes the tuple's hash.
class A:
    n = 0
    def __hash__(self):
        A.n += 1
        print("A.__hash__", A.n)
        return A.n

t = (A(), 1)
h1 = hash(t)
h2 = hash(t)
print(h1 == h2, A.n)
nested = ((A(), "x"), 2)
print(hash(nested) == hash(nested), A.n)

d = {}
d[t] = "first"
print(t in d, len(d))

# builtin items: the same hash every time, equal tuples hash equal
u = (1, "a", 2.5, None, True, b"x", (3, ("y", -4)), 10 ** 30, 1j)
print(hash(u) == hash(u), hash(u) == hash((1, "a", 2.5, None, True, b"x", (3, ("y", -4)), 10 ** 30, 1j)))
print(hash(()) == hash(()), hash((1,)) == hash((1,)))

class S(str):
    calls = 0
    def __hash__(self):
        S.calls += 1
        return 7
w = (S("a"),)
hash(w); hash(w); hash(w)
print(S.calls)

try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([2], 1))
except TypeError as e:
    print(type(e).__name__, e)

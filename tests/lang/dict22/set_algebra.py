# Set algebra: results, their types and their iteration order, small and large, with
# ints, strs and keys equal across types.
a = set(range(0, 40, 2)); b = set(range(0, 40, 3))
for r in (a | b, a & b, a - b, b - a, a ^ b):
    print(type(r).__name__, len(r), list(r))
fa, fb = frozenset(a), frozenset(b)
for r in (fa | b, fa & b, fa - b, fa ^ b, a | fb, a & fb, a - fb, a ^ fb):
    print(type(r).__name__, sorted(r))
class S(set): pass
class F(frozenset): pass
for r in (S(a) | b, S(a) & b, S(a) - b, F(a) & b, a & S(b), F(a) ^ F(b)):
    print(type(r).__name__, len(r))
S1 = set(range(10000)); S2 = set(range(5000, 15000))
for r in (S1 | S2, S1 & S2, S1 - S2, S2 - S1, S1 ^ S2):
    l = list(r)
    print(len(r), l[:5], l[-5:], sum(l))
print(a.intersection(b, range(0, 40, 5)), a.difference(b, [4, 8]), a.union([99], (100,)))
print({1, 2} & {1.0, 2.0}, {1.0, 2.0} & {1, 2}, {True} | {1}, {1} - {True}, {0.0} ^ {0})
x, y = {'apple', 'pear', 'fig'}, {'fig', 'kiwi'}
print(sorted(x & y), sorted(x - y), sorted(x | y), sorted(x ^ y))
print(set() & {1}, {1} & set(), set() - {1}, frozenset() | frozenset())
big = set(range(1000))
for i in range(0, 1000, 2):
    big.discard(i)
print(len(big & set(range(100))), sorted(big & set(range(20))), len(big - set(range(500))))
print({1, 2, 3} & {2: 'x', 3: 'y'}.keys(), {1, 2} - {1: 0}.keys(), {1, 2}.intersection([2, 3]))

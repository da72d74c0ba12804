# Tuple packing/unpacking in assignment, returns and loops.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 2, 9])
print(lo, hi)
r = minmax([1])
print(r, type(r).__name__)
a, b = 1, 2
a, b = b, a
print(a, b)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
(p, q), r2 = (1, 2), 3
print(p, q, r2)
first, *rest = (1, 2, 3)
print(first, rest, type(rest).__name__)
print(*(1, 2, 3))
t = (*range(2), *'ab')
print(t)

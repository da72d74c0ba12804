# The first iterable of a genexpr is evaluated immediately; the rest lazily.
def src(name, n):
    print('creating', name)
    return range(n)
g = (x for x in src('outer', 2))
print('genexp created')
print(list(g))
h = ((x, y) for x in src('first', 2) for y in src('second', 2))
print('nested genexp created')
print(list(h))
try:
    bad = (x for x in 5)
except TypeError as e:
    print('immediate error:', type(e).__name__, e)
lazy_bad = (1 / x for x in [1, 0])
print(next(lazy_bad))
try:
    next(lazy_bad)
except ZeroDivisionError as e:
    print('lazy error:', e)

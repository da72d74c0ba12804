# Functions return None by default; return can yield tuples and early exits.
def nothing():
    pass
def early(x):
    if x:
        return 'early'
    print('  continuing')
    return
def multi():
    return 1, 'two', [3]
print(nothing(), early(1), early(0))
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
print(first_negative([1, -2, -3]), first_negative([]))

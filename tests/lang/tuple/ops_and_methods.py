# Tuple indexing, slicing, count, index, concatenation and comparison.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t[0], t[-1], t[2:5], t[::-1], t[::3])
print(t.count(1), t.index(5), t.index(1, 2))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[8]
except IndexError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, 2) == (1, 2))
print(len(t), min(t), max(t), sum(t), sorted(t), 4 in t)
print((1, 'b') < (1, 'c'))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)

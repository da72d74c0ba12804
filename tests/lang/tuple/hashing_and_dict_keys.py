# Tuples are hashable if their items are; usable as dict keys and set members.
d = {(0, 0): 'origin', (1, 2): 'point'}
print(d[(1, 2)], d[0, 0])
print((1, 2) in d, (2, 1) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)))
try:
    {([1],): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
grid = {}
for x in range(2):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid)

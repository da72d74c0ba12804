# copy(), slicing copies, and aliasing of nested lists.
a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
e = a
a.append(4)
a[1].append(99)
print(a, b, c, d, e)
print(b is a, e is a, b[1] is a[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
x = [1, 2]
y = x
y += [3]
print(x, y is x)
y = y + [4]
print(x, y, y is x)

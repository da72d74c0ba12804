# Unpacking into tuple and list targets from any iterable.
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = 'xy'
print(e, f)
g, h = range(2)
print(g, h)
i, j = {'k1': 1, 'k2': 2}
print(i, j)
k, = [99]
print(k)
[l] = (100,)
print(l)
m, n = n2 = 5, 6
print(m, n, n2)
x, y, z = (i * i for i in range(3))
print(x, y, z)

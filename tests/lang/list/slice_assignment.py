# Slice assignment can grow, shrink, or insert into a list.
a = list(range(6))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[2:6] = []
print(a)
a[1:1] = [7, 8]
print(a)
a[:] = 'xyz'
print(a)
a[len(a):] = [1, 2]
print(a)
a[-1:] = range(3)
print(a)
a[10:20] = ['far']
print(a)
a[3:1] = ['between']
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)

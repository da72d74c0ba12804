# Starred targets collect the remainder into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (7, 8)
print(everything)
head, *tail = 'x'
print(head, tail)
[p, *q] = {1: 'a', 2: 'b', 3: 'c'}
print(p, q)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print(type(mid).__name__)

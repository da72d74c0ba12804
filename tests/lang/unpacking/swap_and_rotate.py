# Swapping and rotating via tuple unpacking; right side evaluated first.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = y, z, x
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
fib_a, fib_b = 0, 1
for _ in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b)
d = {}
d['k'], d['v'] = 'key', 'value'
print(d)

# Iterating over ranges is lazy and repeatable.
r = range(3)
print(list(r), list(r))
it = iter(r)
print(next(it), next(it), next(it), next(it, 'done'))
total = 0
for i in range(1, 11):
    total += i
print(total)
print([i for i in range(10) if i % 3 == 0])
print(list(zip(range(3), range(10, 13))))
print(list(enumerate(range(5, 8))))
print(tuple(range(-2, 2)), set(range(3)))
for i in range(0):
    print('never')
print(list(map(lambda i: i * i, range(4))))

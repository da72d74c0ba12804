# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = 'outer'
squares = [x for x in range(3)]
print(x, squares)
gen = (y for y in range(2))
try:
    y
except NameError as e:
    print(type(e).__name__, e)
print({k for k in 'ab'} == {'a', 'b'})
try:
    k
except NameError as e:
    print(type(e).__name__, e)
def f():
    n = 3
    return [[n * i for i in range(j)] for j in range(n)]
print(f())
items = [1, 2, 3]
print([i + len(items) for i in items])
for i in range(2):
    pass
print(i, [i for i in 'z'], i)

# Generator functions produce values lazily with yield.
def count_up(n):
    print('start')
    for i in range(n):
        yield i
    print('end')
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
def gen_with_state():
    total = 0
    while True:
        total += 1
        yield total
h = gen_with_state()
print([next(h) for _ in range(5)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def empty():
    return
    yield
print(list(empty()))

# Infinite generators consumed partially with break or next.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        break
print('first n with n*n > 50:', n)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(10)])
def cycle(items):
    while True:
        for it in items:
            yield it
c = cycle('ab')
print(''.join(next(c) for _ in range(7)))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, naturals(10))))

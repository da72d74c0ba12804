# for-else: else runs when the loop completes without break.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(20) if is_prime(n)])
for x in []:
    print('never')
else:
    print('else on empty iterable')
for x in range(3):
    if x == 1:
        continue
else:
    print('else after continue')
for x in range(3):
    if x == 1:
        break
else:
    print('not printed')
print('x is', x)

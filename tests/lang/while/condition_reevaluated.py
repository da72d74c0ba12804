# The while condition is re-evaluated each iteration, seeing mutations.
items = [5, 4, 3]
while len(items) < 6:
    items.append(len(items))
print(items)
checks = 0
def cond(n):
    global checks
    checks += 1
    return n > 0
n = 3
while cond(n):
    n -= 1
print(n, checks)
x = 10
while x:
    x //= 3
print(x)
s = 'aaab'
while s.startswith('a'):
    s = s[1:]
print(s)

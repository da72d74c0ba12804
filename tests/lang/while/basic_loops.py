# while loops with counters, conditions and accumulation.
i = 0
while i < 5:
    print(i, end=' ')
    i += 1
print()
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())

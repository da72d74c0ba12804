# range with negative steps, empty ranges and step errors.
print(list(range(10, 0, -2)), list(range(5, -5, -3)), list(range(0, 5, -1)))
print(list(range(-1, -6, -1)))
for i in range(3, 0, -1):
    print(i, end=' ')
print('liftoff')
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(len(range(10, 0, -3)), range(10, 0, -3)[-1])
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))))

# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, -10)]:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)
print(-1 // 10, -1 % 10)
print(10 ** 20 // 7, 10 ** 20 % 7)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(7 // 7, -7 // 7)
# modulo is used for wrapping indexes
items = ['a', 'b', 'c']
print([items[i % 3] for i in range(-4, 5)])
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5)

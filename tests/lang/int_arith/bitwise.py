# Bitwise and/or/xor/invert with positive and negative ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 0xFF, -256 & 0xFF)
print(~0, ~-1)
print(2 ** 70 & (2 ** 70 - 1), 2 ** 70 | 1)
print(-(2 ** 70) & 0xFFFF, (-(2 ** 70)) ^ -1)
print(0b1100 & 0b1010 == 0b1000)
print(5 & -5, 6 & -6)
print(bin(-5 & 0b1111))
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x))
print(True & 3, True | 2, type(True & 1).__name__, type(True & False).__name__)

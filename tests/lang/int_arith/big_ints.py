# Arbitrary-precision integer arithmetic.
a = 2 ** 64
print(a, a - 1, a + 1)
print(a * a)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000007)
print(-f // 12345678901, -f % 12345678901)
big = 123456789 ** 5
print(big, len(str(big)))
print(big == 28679718602997181072337614380936720482949)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(int('9' * 40) + 1)
print(-(2 ** 63) - 1, 2 ** 63)
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(divmod(10 ** 30, 7 ** 20))

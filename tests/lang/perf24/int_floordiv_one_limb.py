# Integer division whose quotient fits one 32-bit limb (the divisor is big): floor
# division with and without the remainder, every sign combination, divisors near powers
# of two (the quotient estimate is then often one too big and is corrected).
def lcg(x):
    return (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)

x = 12345
acc = 0
for i in range(3000):
    x = lcg(x)
    nb = 33 + x % 160
    x = lcg(x)
    b = (x << (nb - 64) if nb > 64 else x >> (64 - nb)) | (1 << (nb - 1))
    if i % 3 == 0:
        b = (1 << nb) - 1 - i % 4
    x = lcg(x)
    q = x >> (31 + i % 33)
    x = lcg(x)
    r = (x * b) >> 64
    for sa in (1, -1):
        for sb in (1, -1):
            a = sa * (q * b + r)
            d = sb * b
            fq, fr = a // d, a % d
            assert divmod(a, d) == (fq, fr)
            assert fq * d + fr == a and (fr == 0 or (fr < 0) == (d < 0)) and abs(fr) < b
            acc = (acc * 31 + fq + fr) % (1 << 61)
print(acc)
print((10 ** 40 + 7) // (10 ** 39 + 1), (-(10 ** 40 + 7)) // (10 ** 39 + 1))
print((2 ** 95 - 1) // (2 ** 64 + 1), (2 ** 96 - 2 ** 32) // (2 ** 64 - 1))
print(divmod(2 ** 64 * 3 + 5, 2 ** 64 + 1), divmod(-(2 ** 64 * 3 + 5), 2 ** 64 + 1))
print((2 ** 64 - 1) // (2 ** 63 + 1), (2 ** 64) // -(2 ** 33 + 3))

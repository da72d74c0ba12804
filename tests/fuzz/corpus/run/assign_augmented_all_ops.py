# Augmented assignment for every binary operator on ints.
x = 100
x += 5; print(x)
x -= 10; print(x)
x *= 3; print(x)
x //= 4; print(x)
x %= 50; print(x)
x **= 2; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
x /= 8; print(x)
f = 7.5
f //= 2; print(f)
f **= 0.5; print(f)
s = 'ab'
s += 'c'; s *= 2
print(s)
t = (1,)
t += (2,)
t *= 2
print(t)

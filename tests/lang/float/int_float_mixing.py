# Mixing ints and floats promotes to float; comparisons are exact.
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 7 / 2.0)
print(type(1 + 1.0).__name__, type(2 * 3).__name__)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(float(2 ** 100))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(1e20))
print(True + 0.5, sum([0.1] * 10))
print(3 // 1.5, 3 % 1.5)
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0))
d = {1: 'int'}
d[1.0] = 'float'
print(d)

# math.fsum keeps as many partials as the values need (up to one per bit position of a
# double): values of widely scattered magnitudes used to raise MemoryError past 128.
import math
import statistics
X = statistics.NormalDist(1.006, 0.0003)
start, dx = 0.99, 0.02 / 8192
ys = [X.pdf(start + i * dx) for i in range(8192)]
print(math.fsum(ys), len([y for y in ys if y == 0]))
scattered = [2.0 ** e for e in range(-1074, 1000)]
print(math.fsum(scattered) == sum(reversed(scattered)), math.fsum(scattered + [-x for x in scattered]))
print(math.fsum([2.0 ** -1074] * 3 + [2.0 ** 1000, -2.0 ** 1000]), math.fsum([1e-300, 0.0, 5e-324, 1e300]))
odd = [(-1) ** k * 2.0 ** (k - 1074) for k in range(0, 2098, 3)]
print(math.fsum(odd).hex())

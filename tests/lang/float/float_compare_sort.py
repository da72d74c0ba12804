# Comparing and sorting floats mixed with ints.
xs = [3, 1.5, -2, 2.0, 0.0, -0.5, 10 ** 3, 1e-3]
print(sorted(xs))
print(max(xs), min(xs))
print(sorted([2.0, 2, 1, 1.0]))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 < 2 < 3.5, 1.1 > 1)
print(float('inf') > 10 ** 1000)
print(sorted([float('inf'), -1.0, float('-inf'), 0]))
print(sum([1.5, 2.5, 3]), sum([0.1] * 3))

# Negative zero prints as -0.0 and compares equal to 0.0.
z = -0.0
print(z, repr(z), str(z))
print(z == 0.0, z < 0.0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 + -0.0)
print(abs(-0.0))
print(-0.0 * 5, 0.0 / -3)
print(round(-0.4), round(-0.4, 1))
print(int(-0.0), float('-0'))
print(f'{-0.0:.2f}', f'{-0.0001:.2f}')
print(max(0.0, -0.0), min(0.0, -0.0))
print(-0.0 // 1, -1e-300 // 1)

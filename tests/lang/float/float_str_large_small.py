# Float to string switch points between fixed and exponent notation.
for e in range(12, 19):
    print(10.0 ** e, -(10.0 ** e))
for e in range(1, 8):
    print(10.0 ** -e)
print(1234567890123456789.0)
print(0.000123, 0.0000123)
print(1.0e16 + 1, 2.0 ** 60)
print(float(123456789), 12345678.9)
print(1e22, 1e21, 1e-5 * 3)

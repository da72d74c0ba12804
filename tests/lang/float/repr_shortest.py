# repr/str of floats use the shortest round-tripping representation.
for x in [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1.0, 100.0, 1e15, 1e16, 1e17, 123456789012345.6]:
    print(repr(x), str(x))
for x in [1e-4, 1e-5, 1e-7, 0.00001234, 1.5e-10, 5e-324, 1.7976931348623157e308]:
    print(repr(x))
print(0.1 * 3, 1.1 * 1.1)
print(2.675, 1.005)
print(float(10 ** 16), float(10 ** 15))
print(9007199254740993.0)
print(-1.5, -0.001)

# Left and right shifts, including negatives and big shift counts.
print(1 << 0, 1 << 10, 1 << 100)
print(1024 >> 3, 1023 >> 3, 5 >> 10)
print(-1 >> 1, -8 >> 1, -9 >> 1, -1 >> 100)
print(-3 << 2)
print((2 ** 100) >> 98)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(0 << 1000)
print(7 >> 0)

# True division of ints always gives a float.
print(6 / 3, type(6 / 3).__name__)
print(7 / 2, -7 / 2)
print(1 / 3)
print(2 / 3)
print(10 ** 20 / 10 ** 10)
print(1 / 10 ** 400)
print((10 ** 30 + 1) / 10 ** 30)
print(0 / 5, -0 / 5)
print(-1 / 1)
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399)

# List repetition and concatenation.
print([1, 2] * 3, 2 * [0], [] * 5, [1] * 0, [1] * -1)
print([1] + [2, 3], [] + [], [[1]] + [[2]])
a = [1]
a *= 3
print(a)
a *= 0
print(a)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
b = [1]
b += range(2)
print(b)

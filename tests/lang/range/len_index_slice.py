# range length, indexing and slicing produce ranges.
r = range(2, 20, 3)
print(len(r), r[0], r[-1], r[2], list(r))
print(r[1:4], r[::-1], r[::2], list(r[::-2]))
print(len(range(10, 0)), len(range(0)), len(range(-5, 5)), len(range(0, 10, 4)))
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
print(range(10)[-3:], range(10)[100:], range(0, -10, -1)[2:5])
big = range(10 ** 20)
print(len(range(0, 10 ** 15, 7)), big[-1], big[10 ** 19], 10 ** 19 + 5 in big)
try:
    len(range(10 ** 30))
except OverflowError as e:
    print(type(e).__name__, e)

# repr of ranges and equality by sequence content.
print(range(5), range(1, 5), range(1, 10, 2), range(0), range(-3, 3, -1))
print(repr(range(0, 5, 1)), str(range(3)))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)))
print(r := range(1, 4, 1), r.start, r.stop, r.step)
print(type(range(1)).__name__)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

# sum() over small ints reads each item without a call; the int64 accumulator still
# overflows into the big-int path, bools and int subclasses still add as before.
big = 2**61
print(sum([big, big, big, big, big]), sum([big] * 9, -big), sum([-big] * 9))
print(sum(range(10**6)), sum(x for x in range(1000) if x % 3), sum([True, 2, False, 3]))
class I(int):
    def __radd__(self, o):
        return "radd"
print(sum([1, 2, I(3)]), sum([1, 2**70, 3]), sum([1, 2.5, 3]), sum([], 7), sum((1, 2), 2**63))
print(sum([1] * 100, 2**63 - 50), sum([9223372036854775807, 1]), sum([-9223372036854775808, -1]))
try:
    sum([1, 2, "x"])
except TypeError as e:
    print(e)

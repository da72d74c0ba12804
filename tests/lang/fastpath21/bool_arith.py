# Arithmetic on bools and small ints (bools are objects, added without the bigint path)
# gives ints, as int's own arithmetic.
vals = [True, False, 0, 1, -1, 7, 2**62 - 1, -2**62, 2**62, 2**63, -2**64, 10**20]
for a in vals:
    row = []
    for b in vals:
        row.append((a + b, a - b, a * b))
    print(repr(a), row)
for a in (True, False):
    for b in (True, False):
        r = (a + b, a - b, a * b, b - a)
        print(a, b, r, [type(x).__name__ for x in r])
n = 0
for i in range(-5, 6):
    n += i > 0
    n -= i == 3
    n *= 1 + (i < 0) * True
print(n, sum(x % 3 == 0 for x in range(100)), True + 2.5, 3.5 * False, True * "ab")
class B(int):
    def __add__(self, other):
        return "B.add"
print(B(1) + True, True + B(1), True - B(4), False * B(9))
x = True
x += True
print(x, type(x).__name__)

# Big-int temporaries: `a * b + c - d` may compute each step in the box of the step before
# (it is held by the value stack alone). Values held elsewhere must never change, results
# that fit the small range must come out small, and subclasses and dunders keep their
# own semantics.
a = 3 ** 100
b = 7 ** 60
c = -(5 ** 120)
G = 11 ** 50
keep = [a, b, c, G]
snap = [str(x) for x in keep]

x = a * b + c - G
y = (a + b) * 3 - c + 4 * G
z = -(a * 2) * -5 + c
print(x, y, z)
print((a * b - a * b) + 1, (a * b + 0) - a * b, (a - a * 1) * 7)
print((a * b) * 0, (a * b) * -1 + a * b, (c * 1) * (2 ** 31 - 1))
print((a * b) - (a * b + 1), (c - c * 2) + c)

# results near the small range (boxed ints are at least 2**62 in size)
h = 2 ** 62
print((h + h) - h - h, (h * 2) - 1 - h, (h * 4) // 2, (-h - h) + h + h)
print(type((h * 2) - h - h), ((h * 2) - h - h) == 0, hash((h * 4) - h - h - h - h + 7))

# growth past the box's capacity, both signs, repeated
s = 2 ** 64 + 1
acc = 0
for i in range(200):
    acc = (acc * 3 + s) * 5 - (s * 2) * i
print(acc % (10 ** 30), acc.bit_length())
v = 1
for i in range(100):
    v = (v * 2 ** 40 + i) * 3 - 1
print(v % 1000003, v.bit_length())

# augmented assignment with a temporary on the right
t = a
t += b * b + c
t -= (G * 3) * 2
print(t)

# the values held by names are unchanged
print([str(x) for x in keep] == snap, keep[0] is a)

# a dunder that returns an object held elsewhere: its result is never reused
class K:
    def __add__(self, other):
        return G
print((K() + 1) + 5, (K() + 1) * 2, G == 11 ** 50)

# int subclasses keep their operators
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1)
m = MyInt(2 ** 70)
print((m + 1) + 1, type((m + 1) + 1).__name__, (m * 2) + 1, type((m * 2) + 1).__name__)
print((True + 2 ** 70) - True, (2 ** 70 * True) + False)

# mixed with floats
print((a * b) * 1.5 + 0.0 == float(a * b) * 1.5, (2 ** 80 + 1) * 0.5)

# list of results: each element is its own object
ls = [a * i + b for i in range(5)]
print(len(set(id(e) for e in ls)), ls[2] - ls[1] == a)

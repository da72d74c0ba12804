# Chained arithmetic whose operands are subclasses, bools or objects with __float__/__index__: their own rules apply
class I(int):
    def __mul__(self, o):
        return "I.mul"
    def __rsub__(self, o):
        return ("I.rsub", o)

class F(float):
    def __radd__(self, o):
        return ("F.radd", o)
    def __truediv__(self, o):
        return F(float(self) / 2)

class Fl:
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3

x = 1.5
print((x * 2.0) - I(4), (x * 2.0) + F(1.0), I(3) * (x * 2.0))
print(type((F(8.0) / 1.0) * 2.0).__name__, (F(8.0) / 1.0) * 2.0)
print((x * 2.0) + True, (x * True) * False, (True + True) * (x - 0.5))
for bad in [lambda: (x * 2.0) + Fl(), lambda: Fl() * (x * 2.0), lambda: (x * 2.0) + "s",
            lambda: (x * 2.0) @ (x * 3.0), lambda: (x * 2.0) << 1]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2, 3, 4][Fl()], float(Fl()) * (x * 2.0))
# mixed int and float, results past 2**53 and bigints
big = 2 ** 53 + 1
print((big * 1) + 0.0, (big * 2) * 1.0, (x * 2.0) * big, (10 ** 30) * (x * 2.0))
try:
    print((x * 2.0) * (10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print((x * 1e200) * 1e200, -(x * 1e200) * 1e200, (x * 0.0) / -1.0, (0.0 * -x) + 0.0)
nan = float("nan")
print((nan * x) != (nan * x), (nan + x) < 1.0, (nan - x) >= 1.0, -0.0 == (0.0 * x))

# A dunder whose result was the last float or int made by an arithmetic operation, and
# which it also keeps: the caller's next operation on that result must not reuse its box.
class Keep:
    def __init__(self):
        self.kept = []

    def __add__(self, other):
        r = other * 2.5 + 1.0          # a fresh float, kept and returned
        self.kept.append(r)
        return r

    def __sub__(self, other):
        r = other * (3 ** 70) + 7      # a fresh big int, kept and returned
        self.kept.append(r)
        return r

k = Keep()
x = (k + 2.0) * 10.0 + 1.0
y = (k - 2) * 5 + 1
print(x, y, k.kept)
print(k.kept[0] == 6.0, k.kept[1] == 2 * 3 ** 70 + 7)

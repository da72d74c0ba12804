# Rich comparison methods, reflection and NotImplemented fallback.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a > b, a <= b, a >= b, a == Ver(1, 2), a != b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]), max(a, b))
print(a == 'str', a != 'str')
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
log = []
class L:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        log.append(f'{self.n}.__gt__')
        return NotImplemented
    def __lt__(self, other):
        log.append(f'{self.n}.__lt__')
        return NotImplemented
try:
    L(1) < L(2)
except TypeError as e:
    print(type(e).__name__, e, log)

# __int__, __float__, __round__, __neg__, __abs__, __contains__ fallbacks.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return ('rounded', n)
    def __neg__(self):
        return Num(-self.v)
    def __repr__(self):
        return f'Num({self.v})'
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), -n)
try:
    abs(n)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~n
except TypeError as e:
    print(type(e).__name__, e)
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class Complexish:
    def __float__(self):
        return 'x'
try:
    float(Complexish())
except TypeError as e:
    print(type(e).__name__, e)

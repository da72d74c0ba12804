# BINARY_OP on two instances of one class runs __op__ as a frame: results,
# NotImplemented becoming the TypeError, exceptions and recursion through it.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if self.x < 0: return NotImplemented
        return V(self.x + o.x)
    def __sub__(self, o): return V(self.x - o.x)
    def __pow__(self, o): return NotImplemented
    def __mul__(self, o, extra=1): return V(self.x * o.x * extra)
    def __radd__(self, o): return 'radd'
for i in range(3):
    print((V(1) + V(2)).x, (V(5) - V(2)).x, (V(3) * V(4)).x)
    try:
        V(-1) + V(2)
    except TypeError as e:
        print(e)
    try:
        V(1) ** V(2)
    except TypeError as e:
        print(e)
    try:
        V(1) / V(2)
    except TypeError as e:
        print(e)
class W(V):
    def __add__(self, o):
        raise ValueError('boom')
try:
    W(1) + W(2)
except ValueError as e:
    print('caught', e)
print((W(1) - V(2)).x, V(1) + 5 if False else 0)
def rec(n):
    class R:
        def __add__(self, o):
            return n if n == 0 else rec(n - 1)
    return R() + R()
print(rec(50))

# Reflected operators are tried when the left operand returns NotImplemented.
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'M({self.v})'
    def __add__(self, o):
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented
    def __radd__(self, o):
        print('radd called with', o)
        return M(o + self.v)
    def __rsub__(self, o): return M(o - self.v)
    def __rmul__(self, o): return M(o * self.v)
    def __rtruediv__(self, o): return M(o / self.v)
    def __rfloordiv__(self, o): return M(o // self.v)
    def __rmod__(self, o): return M(o % self.v)
    def __rpow__(self, o): return M(o ** self.v)
    def __rlshift__(self, o): return M(o << self.v)
    def __rrshift__(self, o): return M(o >> self.v)
    def __rand__(self, o): return M(o & self.v)
    def __ror__(self, o): return M(o | self.v)
    def __rxor__(self, o): return M(o ^ self.v)
    def __rmatmul__(self, o): return M(('rmatmul', o))
m = M(3)
print(1 + m, m + 1, 10 - m, 10 * m, 9 / m, 10 // m, 10 % m, 2 ** m)
print(1 << m, 64 >> m, 7 & m, 4 | m, 5 ^ m, [1] @ m)
print(sum([M(1), M(2)]))
try:
    m + 'x'
except TypeError as e:
    print(type(e).__name__, e)
class Sub(M):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
print(M(1) + Sub(2))

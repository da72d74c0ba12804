from numbers import Number
from fractions import Fraction
from decimal import Decimal, getcontext
import math
class Matrix:
    __slots__ = ('rows', 'n', 'm')
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __repr__(self):
        return f'Matrix({self.rows})'
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join(' '.join(f'{x!s:>{w}}' for x in r) for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __add__(self, o):
        if isinstance(o, Number):
            return Matrix([[x + o for x in r] for r in self.rows])
        if not isinstance(o, Matrix):
            return NotImplemented
        if (self.n, self.m) != (o.n, o.m):
            raise ValueError(f'shape mismatch {self.n}x{self.m} vs {o.n}x{o.m}')
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    __radd__ = __add__
    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])
    def __sub__(self, o):
        return self + (-o)
    def __mul__(self, k):
        if not isinstance(k, Number):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.m != o.n:
            raise ValueError('inner dimensions differ')
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        if k < 0:
            raise ValueError('negative power')
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        if self.n != self.m:
            raise ValueError('not square')
        a = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(self.n):
            p = next((r for r in range(c, self.n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d
    def __iter__(self):
        for r in self.rows:
            yield from r
    def __bool__(self):
        return any(self)
m = Matrix([[1, 2], [3, 4]])
print(m); print(repr(m + 1), repr(1 + m), repr(m * 2), repr(2 * m), repr(m - m))
print(m @ Matrix.identity(2) == m, repr(m ** 5), repr(m.transpose()), m.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
print(list(m), bool(m - m), bool(m), m[1, 0], sum(m), max(m))
m2 = Matrix([[Fraction(1, 3), Fraction(1, 2)], [Decimal('0.5') if False else 1, 2]])
print(m2, repr(m2 * Fraction(3)), sep='\n')
for bad in [lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: m + Matrix([[1]]), lambda: m @ Matrix([[1, 2, 3]]), lambda: m @ 3, lambda: m * 'x', lambda: m ** -1, lambda: hash(m), lambda: Matrix([[1, 2]]).det()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.extra = 1
except AttributeError as e:
    print(e)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1], math.isqrt(fib[0, 1]), len(str(fib[0, 1])))
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal('1.1') + Decimal('2.2'), Decimal('10') ** 20, round(Decimal('2.675'), 2))
print(Fraction(3, 4) + Fraction(1, 4), Fraction('0.125'), Fraction(1.5), Fraction(10, -4), Fraction(1, 3) ** 2, Fraction(1, 3) < 0.34, float(Fraction(1, 3)))
print(Fraction(7, 2).limit_denominator(1), Fraction(355, 113).limit_denominator(10), round(Fraction(5, 2)), math.floor(Fraction(-7, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(Decimal('NaN') != Decimal('NaN'), Decimal('-0'), Decimal('1e3').normalize(), Decimal('3.14159').quantize(Decimal('0.01')), Decimal(0.1))

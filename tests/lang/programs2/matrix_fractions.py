# Matrices of hand-written Fractions: gcd, operator overloading, determinant, inverse.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if isinstance(n, Frac):
            n, d = n.n, n.d * d
        g = gcd(n, d)
        if d < 0:
            g = -g
        self.n = n // g
        self.d = d // g

    @staticmethod
    def _wrap(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac._wrap(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac._wrap(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac._wrap(o) - self

    def __mul__(self, o):
        o = Frac._wrap(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac._wrap(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac._wrap(o) / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        if isinstance(o, (int, Frac)):
            o = Frac._wrap(o)
            return self.n == o.n and self.d == o.d
        return NotImplemented

    def __lt__(self, o):
        o = Frac._wrap(o)
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Matrix:
    def __init__(self, rows):
        self.rows = [[Frac(x) if not isinstance(x, Frac) else x for x in row] for row in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(row, col)), Frac(0)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        return Matrix([[x * k for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = Frac(0)
        for j, x in enumerate(self.rows[0]):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            sign = -1 if j % 2 else 1
            total = total + sign * x * minor.det()
        return total

    def inverse(self):
        n = self.n
        aug = [row[:] + ident for row, ident in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col]), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    factor = aug[r][col]
                    aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(f"{c:>{w}}" for c in row) + " ]" for row in cells)


print(Frac(6, -8), Frac(3, 9) + Frac(1, 6), 1 - Frac(1, 3), 2 / Frac(4, 5), Frac(1, 2) * 4)
print(repr(Frac(10, 4)), Frac(1, 3) == Frac(2, 6), Frac(2, 1) == 2, Frac(1, 2) == 0.5)
print(sorted([Frac(1, 2), Frac(1, 3), Frac(3, 4), Frac(-1, 5)]))
print(f"[{Frac(7, 3):>8}] [{Frac(5):<5}] {float(Frac(1, 8)):.4f}")
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}))

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print("A =\n" + str(A))
print("det(A) =", A.det())
Ai = A.inverse()
print("inverse(A) =\n" + str(Ai))
print("A @ inverse(A) == I:", A @ Ai == Matrix.identity(3))
print("A @ B =\n" + str(A @ B))
print("B^T =\n" + str(B.transpose()))
print("2 * A + A =\n" + str(2 * A + A))
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det =", H.det())
print("Hilbert inverse =\n" + str(H.inverse()))
try:
    B @ B
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ValueError as e:
    print("ValueError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
harmonic = sum((Frac(1, k) for k in range(1, 31)), Frac(0))
print("H(30) =", harmonic)
print(f"H(30) ~ {float(harmonic):.12f}")

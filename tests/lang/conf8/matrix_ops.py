class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __repr__(self): return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}g}" for x in r) for r in self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __add__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x + o for x in r] for r in self.rows])
        if not isinstance(o, Matrix): return NotImplemented
        if self.shape != o.shape: raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    __radd__ = __add__
    def __neg__(self): return Matrix([[-x for x in r] for r in self.rows])
    def __sub__(self, o): return self + (-o)
    def __rsub__(self, o): return (-self) + o
    def __matmul__(self, o):
        if not isinstance(o, Matrix): return NotImplemented
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2: raise ValueError("inner dimensions differ")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __mul__(self, k):
        if not isinstance(k, (int, float)): return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, n):
        if n < 0: raise ValueError("negative power")
        res = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1: res = res @ base
            base = base @ base
            n >>= 1
        return res
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __iter__(self): return iter(self.rows)
    def T(self): return Matrix(list(map(list, zip(*self.rows))))
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0.5, -1], [2, 0]])
print(a + b); print(repr(1 + a)); print(repr(10 - a)); print(repr(a - 1))
print(a @ b); print(2 * a == a + a, a * 2.5)
f = Matrix([[1, 1], [1, 0]])
print((f ** 30)[0, 1], repr(f ** 0))
m = Matrix([[1, 2, 3]])
m @= Matrix([[1], [2], [3]])
print(repr(m), m.shape, repr(a.T()))
for bad in [lambda: a @ m, lambda: a + Matrix([[1]]), lambda: a @ 3, lambda: a * "x",
            lambda: Matrix([[1], [1, 2]]), lambda: hash(a), lambda: "s" - a, lambda: a[5, 0]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print([sum(r) for r in a], list(map(max, a)))

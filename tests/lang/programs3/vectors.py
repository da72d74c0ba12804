import math
import operator
from functools import total_ordering, reduce
from numbers import Number, Real, Integral

class Vector:
    __slots__ = ("_c",)
    def __init__(self, *c):
        if len(c) == 1 and not isinstance(c[0], Number):
            c = tuple(c[0])
        self._c = tuple(float(x) for x in c)
    def __repr__(self): return f"Vector({', '.join(f'{x:g}' for x in self._c)})"
    def __str__(self): return "(" + ", ".join(map(str, self._c)) + ")"
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]
    def __eq__(self, o): return isinstance(o, Vector) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __abs__(self): return math.hypot(*self._c)
    def __bool__(self): return bool(abs(self))
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(a + b for a, b in zip(self, o))
    __radd__ = __add__
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vector(-x for x in self)
    def __mul__(self, k):
        if isinstance(k, Real): return Vector(x * k for x in self)
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __truediv__(self, k): return Vector(x / k for x in self)
    def __format__(self, spec):
        if spec.endswith("p"):
            spec = spec[:-1]
            r, *angles = abs(self), math.atan2(self[1], self[0])
            return f"<{format(r, spec)}, {format(angles[0], spec)}>"
        return "(" + ", ".join(format(x, spec) for x in self) + ")"
    def __contains__(self, x): return x in self._c
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)

v = Vector(3, 4); w = Vector([1, 2])
print(v, repr(v), abs(v), v + w, v - w, v * 2, 3 * v, v @ w, v / 2, -v, bool(Vector(0, 0)))
print(f"{v:.2f}", f"{v:.3p}", format(w, "e"), v[0], v[-1], v[:1], len(v), list(v), 4.0 in v)
print(sum([v, w], Vector(0, 0)), sorted([v, w, Vector(0, 1)]), max(v, w), v == Vector(3, 4), {v, Vector(3, 4)})
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "a"
except TypeError as e:
    print("TypeError:", e)
try:
    v < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __iadd__(self, o):
        self.cents += o.cents; return self
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __round__(self, n=None): return Money(round(self.cents, -2))
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
m = Money(150); m += Money(275)
print(m, sum([Money(1), Money(99)]), round(Money(1349)), int(m), float(m), bin(Money(5)), [10, 20, 30][Money(1)], hex(m))
print(sorted([Money(5), Money(1)]), Money(1) <= Money(2) if hasattr(Money, "__le__") and Money.__le__ is not object.__le__ else "no le")
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __getitem__(self, ij):
        i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij; self.rows[i][j] = v
    def __mul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __pow__(self, n):
        r = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        b = self
        while n:
            if n & 1: r = r * b
            b = b * b; n >>= 1
        return r
    def __repr__(self): return "\n".join(" ".join(f"{x:>5}" for x in r) for r in self.rows)
fibm = Matrix([[1, 1], [1, 0]]) ** 30
print(fibm, fibm[0, 1])
fibm[0, 0] = -1; print(fibm.rows[0])
print(isinstance(3, Integral), isinstance(3.0, Integral), isinstance(True, Number), isinstance(1j, Real))
print(reduce(operator.mul, [Vector(1, 2)] * 1), operator.neg(5), operator.index(7), operator.truth([]), operator.concat([1], [2]), operator.contains("abc", "b"))
class Temperature:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        if not isinstance(o, Temperature): return NotImplemented
        return self.k == o.k
print(Temperature(1) == Temperature(1), Temperature(1) == 1, Temperature(1) != 1, Temperature(1) in [1, Temperature(1)])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Callable_:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1; return (a, k)
c = Callable_(); print(c(1, x=2), c.calls, callable(c))

from fractions import Fraction
from functools import total_ordering
@total_ordering
class Poly:
    __slots__ = ("c",)
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) or (0,)
    @classmethod
    def x(cls): return cls(0, 1)
    @property
    def degree(self): return len(self.c) - 1 if self.c != (0,) else -1
    def __call__(self, v):
        acc = 0
        for k in reversed(self.c):
            acc = acc * v + k
        return acc
    def _coerce(self, o):
        if isinstance(o, Poly): return o
        if isinstance(o, (int, float, Fraction)): return Poly(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        n = max(len(self.c), len(o.c))
        a, b = self.c + (0,) * (n - len(self.c)), o.c + (0,) * (n - len(o.c))
        return Poly(*(x + y for x, y in zip(a, b)))
    __radd__ = __add__
    def __neg__(self): return Poly(*(-k for k in self.c))
    def __sub__(self, o): return self + (-self._coerce(o)) if self._coerce(o) is not None else NotImplemented
    def __rsub__(self, o): return (-self) + o
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)
    __rmul__ = __mul__
    def __pow__(self, n):
        if not isinstance(n, int) or n < 0: raise ValueError("only non-negative int powers")
        r = Poly(1)
        for _ in range(n): r = r * self
        return r
    def __divmod__(self, d):
        if d.degree < 0: raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(1, len(self.c) - len(d.c) + 1)
        r = list(map(Fraction, self.c))
        while len(r) >= len(d.c) and any(r):
            k = len(r) - len(d.c)
            f = r[-1] / d.c[-1]
            q[k] = f
            for i, b in enumerate(d.c):
                r[i + k] -= f * b
            r.pop()
        return Poly(*q), Poly(*r)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and self.c == o.c
    def __lt__(self, o): return (self.degree, self.c[::-1]) < (o.degree, o.c[::-1])
    def __hash__(self): return hash(self.c)
    def __bool__(self): return self.c != (0,)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i] if i < len(self.c) else 0
    def __iter__(self): return iter(self.c)
    def deriv(self): return Poly(*[i * k for i, k in enumerate(self.c)][1:]) if len(self.c) > 1 else Poly(0)
    def __repr__(self): return f"Poly{self.c}"
    def __str__(self): return format(self, "x")
    def __format__(self, spec):
        var = spec or "x"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            k = self.c[i]
            if k == 0 and len(self.c) > 1: continue
            mag = abs(k)
            coef = "" if mag == 1 and i else str(mag)
            pw = "" if i == 0 else var if i == 1 else f"{var}^{i}"
            sign = "-" if k < 0 else "+"
            terms.append((sign, coef + pw))
        s = "".join(f" {sg} {t}" for sg, t in terms).strip()
        return s[2:] if s.startswith("+ ") else "-" + s[2:] if s.startswith("- ") else s
x = Poly.x()
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, repr(p), p.degree, p(2), p(Fraction(1, 2)), f"{p:t}", f"{-x**3 + 4:z}")
print(p + q, p - q, 1 - q, p * q, q ** 3, (q ** 3).deriv(), Poly(5).deriv(), Poly(0).degree)
quo, rem = divmod(x ** 3 - 1, x - 1)
print(quo, "|", rem, divmod(p, q), bool(Poly()), len(p), p[1], p[7], list(p))
print(sorted([p, q, Poly(7), x ** 3]), p == Poly(1, -2, 3), p != q, p == 1, Poly(4) == 4, {p: 1}[Poly(1, -2, 3)])
for bad in [lambda: p ** -1, lambda: divmod(p, Poly(0)), lambda: p + "s", lambda: p < 3, lambda: p.c.append(1), lambda: setattr(p, "z", 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

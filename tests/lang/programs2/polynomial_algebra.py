# Polynomials with integer/rational-ish coefficients: arithmetic, evaluation, derivatives, division, roots by Newton.

class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return 0 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly([x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-x for x in self.c])

    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else -other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if not isinstance(other, Poly):
            return Poly([x * other for x in self.c])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("only non-negative integer powers")
        result, base = Poly([1]), self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __divmod__(self, other):
        if other.c == [0]:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(other.c) + 1)
        lead = other.c[-1]
        while len(rem) >= len(other.c) and rem != [0]:
            shift = len(rem) - len(other.c)
            factor = rem[-1] / lead if rem[-1] % lead else rem[-1] // lead
            quot[shift] = factor
            for i, coef in enumerate(other.c):
                rem[shift + i] -= factor * coef
            rem.pop()
            while len(rem) > 1 and rem[-1] == 0:
                rem.pop()
        return Poly(quot), Poly(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        if isinstance(other, (int, float)):
            other = Poly([other])
        return isinstance(other, Poly) and self.c == other.c

    def __hash__(self):
        return hash(tuple(self.c))

    def derivative(self):
        return Poly([i * c for i, c in enumerate(self.c)][1:] or [0])

    def integral(self, constant=0):
        return Poly([constant] + [c / (i + 1) if c % (i + 1) else c // (i + 1) for i, c in enumerate(self.c)])

    def __repr__(self):
        return f"Poly({self.c})"

    def __str__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            coef = self.c[power]
            if coef == 0 and len(self.c) > 1:
                continue
            sign = "-" if coef < 0 else "+"
            mag = abs(coef)
            if power == 0:
                body = f"{mag:g}" if isinstance(mag, float) else str(mag)
            else:
                num = "" if mag == 1 else (f"{mag:g}" if isinstance(mag, float) else str(mag))
                body = num + ("x" if power == 1 else f"x^{power}")
            terms.append((sign, body))
        first_sign, first = terms[0]
        out = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            out += f" {sign} {body}"
        return out


def newton(p, x0, tol=1e-12, max_iter=100):
    dp = p.derivative()
    x = x0
    for i in range(max_iter):
        fx = p(x)
        if abs(fx) < tol:
            return x, i
        d = dp(x)
        if d == 0:
            raise ZeroDivisionError(f"zero derivative at x={x}")
        x -= fx / d
    raise RuntimeError(f"no convergence from {x0}")


p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print("p =", p, "| q =", q, "| degree", p.degree, q.degree)
print("p + q =", p + q, "| p - q =", p - q, "| 3 - q =", 3 - q, "| q * 2 =", q * 2)
print("p * q =", p * q)
print("q^5 =", q ** 5)
print("p(0..4) =", [p(x) for x in range(5)], "p(0.5) =", p(0.5))
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative(), "| ∫p =", p.integral())
quot, rem = divmod(p, q)
print("p / q =", quot, "rem", rem, "| check:", quot * q + rem == p)
r = Poly.from_roots(1, 2, -3)
print("from roots (1,2,-3):", r, "| values at roots:", [r(x) for x in (1, 2, -3)])
print("r // (x-1) =", r // Poly([-1, 1]), "| r % (x-1) =", r % Poly([-1, 1]))
for guess in [0.0, 1.6, -5.0, 10.0]:
    root, steps = newton(r, guess)
    print(f"newton from {guess:>5}: root {root:.10f} after {steps} steps")
cubic = Poly([-2, 0, 0, 1])
root, steps = newton(cubic, 1.0)
print(f"cbrt(2) ~ {root:.15f} ({steps} steps), check {root ** 3:.12f}")
try:
    newton(Poly([1, 0, 1]), 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    q ** -1
except ValueError as e:
    print("ValueError:", e)
binom = [(Poly([1, 1]) ** n).c for n in range(8)]
for row in binom:
    print(" ".join(f"{v:>3}" for v in row).center(40))
print(Poly([0]), Poly([0, 0, 5]), Poly([-1]), Poly([2.5, -0.5]), Poly([0, -1]))
print(len({Poly([1, 2]), Poly([1, 2, 0]), Poly([2, 1])}), Poly([3]) == 3, repr(Poly([])))
cheb = [Poly([1]), Poly([0, 1])]
for n in range(2, 8):
    cheb.append(Poly([0, 2]) * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n}(x) = {t}")
print("T7(0.3) =", f"{cheb[7](0.3):.12f}")

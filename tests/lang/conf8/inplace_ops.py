class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"Vec{tuple(self.c)}"
    def __add__(self, o):
        print("add")
        if isinstance(o, Vec): return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return Vec(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd")
        return self + o
    def __iadd__(self, o):
        print("iadd")
        if isinstance(o, Vec):
            self.c = [a + b for a, b in zip(self.c, o.c)]
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __lshift__(self, n): return Vec(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return Vec(*(a and b for a, b in zip(self.c, o.c)))
    def __invert__(self): return Vec(*reversed(self.c))
    def __pow__(self, n, mod=None): return Vec(*(pow(a, n, mod) for a in self.c))
    def __rpow__(self, b): return Vec(*(b ** a for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
v = Vec(1, 2, 3)
w = v
v += Vec(1, 1, 1)
print(v, w, v is w)
v += 5
print(v, v is w)
x = 10
x += v
print(x)
print(3 * Vec(1, 2), Vec(1, 2) * 2.5, Vec(7, 8) / 2, Vec(7, 8) // 3, Vec(7, -8) % 3)
print(-Vec(1, -2), +v is v, abs(Vec(3, 4)), bool(Vec(0, 0)), len(Vec()), Vec(1, 2, 3) << 1)
print(Vec(1, 0) & Vec(5, 5), ~Vec(1, 2, 3), Vec(2, 3) ** 2, pow(Vec(2, 3), 2, 5), 2 ** Vec(1, 2, 3), Vec(1, 2) @ Vec(3, 4))
for expr in ["v - v", "v * 'a'", "'a' + v", "v @ 1", "v < v", "v ** 'x'", "divmod(v, 2)"]:
    try:
        print(eval(expr))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
l = [1]; l2 = l
l += (2, 3)
l *= 2
print(l, l is l2)
t = (1,); t2 = t
t += (2,)
print(t, t2, t is t2)
s = {1}; s |= {2}; s &= {2, 3}; s ^= {4}; s -= {4}
print(s)
d = {"a": 1}; d |= {"b": 2}; print(d, d | {"a": 0}, {"z": 0} | d)
try:
    d |= 5
except TypeError as e:
    print(e)
try:
    l += 5
except TypeError as e:
    print(e)
n = 7; n //= 2; n **= 3; n %= 5; n <<= 3; n |= 1; n ^= 3; n >>= 1; n &= 6; n -= 1
print(n)
st = "ab"; st *= 3; st += "!"; print(st)
b = bytearray(b"x"); b2 = b; b += b"yz"; b *= 2; print(b, b is b2)
class Only:
    def __add__(self, o): return "add"
o = Only(); o += 1; print(o)

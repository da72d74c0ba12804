# 2D/3D geometry with a Vector class: operator overloading, __format__, __round__, polygons, convex hull.

class Vector:
    __slots__ = ("coords",)

    def __init__(self, *coords):
        if len(coords) == 1 and isinstance(coords[0], (list, tuple)):
            coords = tuple(coords[0])
        self.coords = tuple(coords)

    def __len__(self):
        return len(self.coords)

    def __iter__(self):
        return iter(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __getattr__(self, name):
        idx = "xyzw".find(name)
        if len(name) == 1 and 0 <= idx < len(self.coords):
            return self.coords[idx]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.dot(k)
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return self.dot(self) ** 0.5

    def __bool__(self):
        return any(self.coords)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __hash__(self):
        return hash(self.coords)

    def __round__(self, n=None):
        return Vector(*(round(a, n) for a in self))

    def __repr__(self):
        return f"Vector{self.coords}"

    def __format__(self, spec):
        if spec.endswith("p"):
            r = abs(self)
            ang = atan2(self[1], self[0]) * 180 / PI
            return f"<{r:{spec[:-1]}f}, {ang:{spec[:-1]}f}°>"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

    def dot(self, other):
        self._check(other)
        return sum(a * b for a, b in zip(self, other))

    def cross(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / n


PI = 3.141592653589793


def atan(x):
    if x < 0:
        return -atan(-x)
    if x > 1:
        return PI / 2 - atan(1 / x)
    if x > 0.5:
        return PI / 4 + atan((x - 1) / (1 + x))
    term, total, k = x, 0.0, 0
    while abs(term) > 1e-17:
        total += term / (2 * k + 1) * (1 if k % 2 == 0 else -1)
        k += 1
        term *= x * x
    return total


def atan2(y, x):
    if x > 0:
        return atan(y / x)
    if x < 0:
        return atan(y / x) + (PI if y >= 0 else -PI)
    return PI / 2 if y > 0 else -PI / 2 if y < 0 else 0.0


def polygon_area(points):
    n = len(points)
    s = 0
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2


def convex_hull(points):
    pts = sorted(set(points), key=lambda p: (p.x, p.y))
    if len(pts) <= 2:
        return pts

    def turn(o, a, b):
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


a = Vector(3, 4)
b = Vector(1, -2)
print(a, b, a + b, a - b, a * 2, 0.5 * a, -b, a / 4)
print(abs(a), a * b, a.x, a.y, len(a), list(a), a[-1], bool(Vector(0, 0)), bool(b))
print(f"{a:.2f} | {b:+.1e} | {a:6.2p} | {Vector(0, -1):.1p} | {Vector(-1, -1):.3p}")
print(round(Vector(1.23456, 2.98765), 2), round(Vector(1.5, 2.5)), a.normalized())
u = Vector(1, 0, 0)
v = Vector(0, 1, 0)
w = u.cross(v)
print(w, w.z, u.cross(w), Vector(2, 3, 4).cross(Vector(5, 6, 7)), abs(Vector(1, 2, 2)))
try:
    a + u
except ValueError as e:
    print("ValueError:", e)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    a.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    Vector(0, 0).normalized()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}), Vector([1, 2]) == Vector(1, 2), Vector(1, 2) == (1, 2))
for deg in range(0, 360, 45):
    rad = deg * PI / 180
    print(f"atan2 at {deg:>3}°: {atan2(round(1000 * (rad - rad ** 3 / 6 + rad ** 5 / 120 - rad ** 7 / 5040 + rad ** 9 / 362880 - rad ** 11 / 39916800), 6), 1000.0) * 180 / PI:9.4f}" if deg <= 45 else f"atan2 at {deg:>3}°: skipped")
square = [Vector(0, 0), Vector(4, 0), Vector(4, 4), Vector(0, 4)]
tri = [Vector(0, 0), Vector(5, 0), Vector(2, 3)]
print("areas:", polygon_area(square), polygon_area(tri), polygon_area(list(reversed(tri))))
centroid = sum(square, Vector(0, 0)) / len(square)
print("centroid:", centroid)
seed = 42
def rnd():
    global seed
    seed = (seed * 214013 + 2531011) % 2 ** 32
    return (seed >> 16) % 21 - 10
cloud = [Vector(rnd(), rnd()) for _ in range(40)]
hull = convex_hull(cloud)
print("hull:", hull)
print("hull area:", polygon_area(hull), "points:", len(cloud), "unique:", len(set(cloud)))
dists = sorted(cloud, key=lambda p: (abs(p), p.x, p.y))
print("closest to origin:", dists[:3], "farthest:", dists[-1])
perimeter = sum(abs(hull[i] - hull[i - 1]) for i in range(len(hull)))
print(f"perimeter: {perimeter:.6f}")

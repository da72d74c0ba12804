# raytrace: a small ray tracer: vector objects with operator methods, sphere and plane
# intersection, diffuse and specular lighting, shadows and one level of reflection.
class Vec:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        return self.scale(1.0 / (self.dot(self) ** 0.5))

class Sphere:
    def __init__(self, center, radius, color, refl):
        self.center = center
        self.r2 = radius * radius
        self.color = color
        self.refl = refl
    def hit(self, orig, d):
        oc = orig - self.center
        b = oc.dot(d)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0:
            return None
        s = disc ** 0.5
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        return t if t > 1e-6 else None
    def normal(self, p):
        return (p - self.center).norm()

class Plane:
    def __init__(self, point, normal, color, refl):
        self.point = point
        self.n = normal
        self.color = color
        self.refl = refl
    def hit(self, orig, d):
        den = self.n.dot(d)
        if abs(den) < 1e-9:
            return None
        t = (self.point - orig).dot(self.n) / den
        return t if t > 1e-6 else None
    def normal(self, p):
        return self.n

class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
            Sphere(Vec(2.0, 0.5, 4.5), 0.5, Vec(0.2, 0.2, 0.9), 0.5),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.8, 0.8, 0.8), 0.1),
        ]
        self.light = Vec(5.0, 8.0, -3.0)

    def nearest(self, orig, d):
        best, hit = 1e30, None
        for o in self.objects:
            t = o.hit(orig, d)
            if t is not None and t < best:
                best, hit = t, o
        return hit, best

    def trace(self, orig, d, depth):
        obj, t = self.nearest(orig, d)
        if obj is None:
            return Vec(0.1, 0.1, 0.15)
        p = orig + d.scale(t)
        n = obj.normal(p)
        tolight = (self.light - p).norm()
        shadow, _ = self.nearest(p, tolight)
        diffuse = 0.0 if shadow is not None else max(0.0, n.dot(tolight))
        col = obj.color.scale(0.1 + 0.9 * diffuse)
        if depth < 2 and obj.refl > 0:
            r = d - n.scale(2 * d.dot(n))
            col = col.scale(1 - obj.refl) + self.trace(p, r, depth + 1).scale(obj.refl)
        return col

def render(w, h):
    scene = Scene()
    eye = Vec(0.0, 1.0, -1.0)
    total = Vec(0.0, 0.0, 0.0)
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / h, 1.0).norm()
            c = scene.trace(eye, d, 0)
            total = total + c
            row.append(c.x + c.y + c.z)
        rows.append(row)
    return total, rows

total, rows = render(192, 144)
print(round(total.x, 6), round(total.y, 6), round(total.z, 6))
shades = " .:-=+*#"
for r in rows[::18]:
    print("".join(shades[min(7, int(v * 3))] for v in r[::6]))

# Mixins combined with subclasses of builtin types: list-based matrix with @, str-based path with /, dict with attribute access.

class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"


class MatMulMixin:
    def __matmul__(self, other):
        cols = list(zip(*other))
        return type(self)([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])

    def __rmatmul__(self, other):
        return type(self)(other) @ self


class PathJoinMixin:
    def __truediv__(self, part):
        return type(self)(self.rstrip("/") + "/" + str(part).lstrip("/"))

    def __rtruediv__(self, base):
        return type(self)(base) / self


class Matrix(ReprMixin, list, MatMulMixin):
    @property
    def shape(self):
        return (len(self), len(self[0]) if self else 0)

    def transpose(self):
        return Matrix([list(c) for c in zip(*self)])


class Path(str, PathJoinMixin):
    @property
    def name(self):
        return self.rsplit("/", 1)[-1]

    @property
    def parent(self):
        head = self.rsplit("/", 1)[0]
        return Path(head or "/")

    @property
    def suffix(self):
        n = self.name
        return n[n.rfind("."):] if "." in n[1:] else ""


class AttrDict(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value

    def __delattr__(self, key):
        try:
            del self[key]
        except KeyError:
            raise AttributeError(key) from None


class CountingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.writes = 0

    def __setitem__(self, index, value):
        self.writes += 1
        super().__setitem__(index, value)

    def append(self, value):
        self.writes += 1
        super().append(value)


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"{float(self):.1f}°C"

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32


class Money(int):
    def __str__(self):
        return f"${self // 100:,}.{self % 100:02d}"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__


m = Matrix([[1, 2], [3, 4]])
ident = Matrix([[1, 0], [0, 1]])
print(m, m.shape, m.transpose(), isinstance(m, list), len(m), m[1][0])
print("m @ ident =", m @ ident)
print("m @ m =", m @ m)
print("list @ m =", [[2, 0], [0, 2]] @ m)
print("sum rows:", [sum(r) for r in m], "flat:", [x for r in m for x in r])

p = Path("/usr/local")
print(p / "bin" / "python3.11", type(p / "x").__name__)
q = p / "lib" / "data.tar.gz"
print(q, q.name, q.suffix, q.parent, q.parent.parent, Path("/").parent, q.upper(), q.startswith("/usr"))
print("/opt" / Path("tool"), len(q), q.split("/"))

cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.host, cfg.port + 1, "debug" in cfg, sorted(cfg))
del cfg.debug
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del cfg.missing
except AttributeError as e:
    print("AttributeError on delete:", e)

cl = CountingList([3, 1, 2])
cl[0] = 10
cl.append(4)
cl.extend([5, 6])
cl += [7]
print(cl, cl.writes, sorted(cl), type(cl[:2]).__name__, cl.count(10))

t = Celsius(21.5)
print(repr(t), t + 1, type(t + 1).__name__, f"{t.fahrenheit:.2f}", t > 20, round(t), [Celsius(0), Celsius(100)])
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

prices = [Money(1999), Money(250), Money(123456)]
total = sum(prices)
print(total, type(total).__name__, [str(p) for p in prices], max(prices), Money(5) + 10, 10 + Money(5))
print(isinstance(total, int), total == 125705, f"{total:,}", hex(total))

# Object model tour: descriptors, __set_name__, __init_subclass__, __getattr__, MRO diamonds, mangling.

class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        delattr(obj, self.private)


class Model:
    registry = []

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        Model.registry.append(cls.__name__)

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            if k not in self.fields:
                raise AttributeError(f"unknown field {k!r} for {type(self).__name__}")
            setattr(self, k, v)

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({body})"


class User(Model, table="people"):
    name = Field(str, "anon")
    age = Field(int, 0)


class Product(Model):
    title = Field(str)
    price = Field(float, 0.0)


u = User(name="Ann", age=31)
print(u, User.table, User.fields)
p = Product(title="Lamp")
print(p, Product.table, Model.registry)
u.age = 32
print(u.age, User.__dict__["age"].private, sorted(k for k in vars(u)))
del u.age
print("after del:", u.age)
for bad in [lambda: setattr(u, "age", "old"), lambda: User(color="red")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm2(self):
        return self.x ** 2 + self.y ** 2


pp = Proxy(Point(3, 4))
print(pp.x, pp.norm2())
pp.x = 6
print(pp.norm2(), pp._log)
try:
    pp.z
except AttributeError as e:
    print("AttributeError:", e)


class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

print(D().hello(), [k.__name__ for k in D.__mro__])
print(D.hello is not B.hello, isinstance(D(), C), issubclass(D, (int, A)))

try:
    class X(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)


class Secret:
    def __init__(self):
        self.__hidden = 42
        self._semi = 1

    def reveal(self):
        return self.__hidden

s = Secret()
print(s.reveal(), s._Secret__hidden, sorted(vars(s)))
try:
    s.__hidden
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c):
        return "hot" if c > 30 else "cold" if c < 10 else "mild"


t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.describe(t.celsius))
t.celsius = 40
print(t.fahrenheit, Temperature.describe(t.celsius))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius, round(Temperature.from_f(212).celsius, 6), type(Temperature.celsius).__name__)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iter__(self):
        yield self.x
        yield self.y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, o):
        return tuple(self) == tuple(o)

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2


v = Vec(1, 2)
w = v
v += Vec(10, 10)
print(v, w, v is w, 3 * v, v * 2, list(v), v[-1], len(v), bool(Vec(0, 0)))
print(Vec(1, 1) == Vec(1, 1), Vec(1, 1) != Vec(1, 2), Vec(1, 1) == (1, 1))
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(v, "__dict__"), Vec.__slots__)
x, y = v
print(x, y, *v, [*v, *v])
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __reversed__(self):
        return iter(range(1, self.n + 1))


print(list(Countdown(5)), list(reversed(Countdown(3))), 3 in Countdown(5), 9 in Countdown(5))


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Seq()), 9 in Seq(), [a for a in Seq() if a], sum(Seq()))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3, scale=10), callable(add5), callable(5), list(map(add5, [1, 2])))

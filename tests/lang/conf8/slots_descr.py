class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.public}")

class Person:
    name = Typed(str, "?")
    age = Typed(int, 0)
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"
p = Person("ann", 30)
print(p, Person.name.public, vars(p))
for attr, v in [("age", "x"), ("name", 5)]:
    try:
        setattr(p, attr, v)
    except TypeError as e:
        print(e)
try:
    del p.age
except AttributeError as e:
    print(e)

class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Pt.__slots__, type(Pt.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
class Pt3(Pt):
    __slots__ = ("z",)
q = Pt3(1, 2); q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))
class Free(Pt):
    pass
fr = Free(1, 2); fr.w = 9
print(fr.__dict__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
class ReadOnly:
    def __get__(self, o, t): return 42
class H:
    ro = ReadOnly()
h = H(); h.ro = 7
print(h.ro, H.ro)
print(type(H.__dict__["ro"]).__name__, isinstance(property(), object))
class NonData:
    def __get__(self, o, t=None): return "nd"
class K:
    a = NonData()
k = K()
print(k.a); k.__dict__["a"] = "inst"; print(k.a)

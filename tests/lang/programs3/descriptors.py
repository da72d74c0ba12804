import functools
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind; self.default = default
    def __set_name__(self, owner, name):
        self.name = name; self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be > 0")
class Product:
    name = Typed(str, "?")
    price = Positive(float)
    qty = Positive(int)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
p = Product("pen", 1.5, 10)
print(p.name, p.price, p.qty, Product.name.name, type(Product.__dict__["price"]).__name__)
for args in [("x", "1", 1), ("x", 1.0, 0), (5, 1.0, 1)]:
    try:
        Product(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Lazy:
    def __init__(self, fn): self.fn = fn; functools.update_wrapper(self, fn)
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj); obj.__dict__[self.fn.__name__] = v; return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing area"); return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area, Circle.area.__name__)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target); object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name); return getattr(self._t, name)
    def __setattr__(self, name, v):
        self.log.append("set " + name); setattr(self._t, name, v)
    def __delattr__(self, name):
        self.log.append("del " + name); delattr(self._t, name)
class T: pass
t = T(); pr = Proxy(t); pr.x = 5; print(pr.x, t.x); del pr.x; print(hasattr(t, "x"), pr.log)
try:
    pr.missing
except AttributeError as e:
    print("AttributeError:", e)
class Attrs:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __dir__(self): return ["a", "b"]
a = Attrs(); a.secret_x = 1; a.y = 2
print(a.y, dir(a), getattr(a, "secret_x", "hidden"))
class Registry(type):
    classes = {}
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        if bases: Registry.classes[name.lower()] = cls
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k); inst.created_by = "meta"; return inst
class Plugin(metaclass=Registry): pass
class Alpha(Plugin):
    def __init__(self, v=0): self.v = v
class Beta(Plugin): pass
print(sorted(Registry.classes), Registry.classes["alpha"](3).v, Beta().created_by)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Singleton(1); s2 = Singleton(2); print(s1 is s2, s1.v)
class Ctr:
    count = 0
    def __init__(self): type(self).count += 1
class Sub(Ctr): pass
Ctr(); Sub(); Sub(); print(Ctr.count, Sub.count)
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k; return n
    def get(): return n
    return inc, get
inc, get = counter(); inc(); inc(5); print(get())
fns = [lambda x, i=i: x + i for i in range(3)]; print([f(10) for f in fns])
fns2 = [lambda: i for i in range(3)]; print([f() for f in fns2])
G = 0
def bump():
    global G
    G += 1
bump(); bump(); print(G)
class Stack:
    def __init__(self): self._items = []
    def __len__(self): return len(self._items)
    def __bool__(self): return True
    def __repr__(self): return f"Stack({self._items})"
    def __iter__(self): yield from reversed(self._items)
    def __reversed__(self): return iter(self._items)
    def __contains__(self, x): print("contains", x); return x in self._items
    push = lambda self, x: self._items.append(x) or self
st = Stack().push(1).push(2); print(st, list(st), list(reversed(st)), 2 in st, len(st))
class Weird:
    def __eq__(self, o): return "eq-result"
    def __hash__(self): return 1
print(Weird() == 1, Weird() != 1, [Weird()].count(Weird()))
class P:
    __slots__ = ("x",)
class Q(P):
    __slots__ = ("y",)
q = Q(); q.x = 1; q.y = 2; print(q.x, q.y, Q.__slots__)
try:
    q.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(P().x)
except AttributeError as e:
    print("AttributeError:", e)
class OldStyle:
    def method(self): return self.__class__.__name__
    @classmethod
    def make(cls): return cls()
class New(OldStyle): pass
print(New.make().method(), New().method.__self__.__class__.__name__, New.method.__qualname__, New.make.__func__.__name__)
print(OldStyle.__dict__["make"].__class__.__name__, type(OldStyle.method).__name__, type(New().method).__name__)

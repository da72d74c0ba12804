# Common library patterns built on the object model: a mini dataclass, enum-like
# metaclass, total ordering, frozen instances, registries, descriptors with __set_name__.
def dataclass(cls):
    fields = [k for k in cls.__dict__.get('__annotations__', {})]
    def __init__(self, *args, **kw):
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name in fields[len(args):]:
            setattr(self, name, kw.pop(name, getattr(cls, name, None)))
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")
    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in fields)
        return f"{type(self).__qualname__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, y=5)
print(p, p == Point(1, 5), p != Point(2), Point(3))
try:
    hash(p)
except TypeError as e:
    print(e)

class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for key, value in list(ns.items()):
            if key.startswith('_') or callable(value):
                continue
            member = object.__new__(cls)
            member.name, member.value = key, value
            setattr(cls, key, member)
            cls._members[key] = member
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, member):
        return isinstance(member, cls)
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color['GREEN'], Color.RED in Color, 5 in Color)
print(Color.BLUE.value, type(Color.RED).__name__, isinstance(Color.RED, Enum))

def total_ordering(cls):
    lt = cls.__lt__
    cls.__gt__ = lambda a, b: b < a
    cls.__le__ = lambda a, b: not b < a
    cls.__ge__ = lambda a, b: not a < b
    return cls
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) >= Version(3), len({Version(1), Version(1)}))

class Frozen:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        object.__setattr__(self, 'a', a)
        object.__setattr__(self, 'b', b)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot assign to field {k!r}")
    __delattr__ = __setattr__
f = Frozen(1, 2)
try:
    f.a = 5
except AttributeError as e:
    print(e, f.a, f.b)

class Registry:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[name or cls.__name__.lower()] = cls
class CsvPlugin(Registry, name='csv'): pass
class JsonPlugin(Registry): pass
print(sorted(Registry.plugins), Registry.plugins['csv'].__name__)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
q = Person('ann', 30)
print(q.name, q.age, type(Person.age).__name__, sorted(vars(q)))
try:
    q.age = 'old'
except TypeError as e:
    print(e)

class Base:
    def who(self):
        return __class__.__name__
class Derived(Base):
    def who(self):
        return __class__.__name__ + '<' + super().who()
print(Derived().who())

class Ns(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class StrictMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Ns()
try:
    class Dup(metaclass=StrictMeta):
        x = 1
        x = 2
except TypeError as e:
    print(e)
class Fine(metaclass=StrictMeta):
    x = 1
print(Fine.x, type(Fine.__dict__).__name__ != 'Ns')

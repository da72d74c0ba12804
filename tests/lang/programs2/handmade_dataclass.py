# A hand-written @record decorator in the spirit of dataclasses: reads __annotations__, generates methods with exec.

MISSING = object()


class FieldSpec:
    def __init__(self, name, type_, default=MISSING, factory=None):
        self.name, self.type, self.default, self.factory = name, type_, default, factory

    def __repr__(self):
        d = "" if self.default is MISSING else f", default={self.default!r}"
        return f"FieldSpec({self.name!r}, {getattr(self.type, '__name__', self.type)}{d})"


def field(*, default=MISSING, factory=None):
    return ("__field__", default, factory)


def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        specs = []
        for base in reversed(cls.__mro__[1:]):
            specs.extend(getattr(base, "__fields__", []))
        for name, tp in cls.__dict__.get("__annotations__", {}).items():
            value = cls.__dict__.get(name, MISSING)
            if isinstance(value, tuple) and value and value[0] == "__field__":
                spec = FieldSpec(name, tp, value[1], value[2])
            else:
                spec = FieldSpec(name, tp, value)
            specs = [s for s in specs if s.name != name] + [spec]
        seen_default = False
        for s in specs:
            has_default = s.default is not MISSING or s.factory is not None
            if seen_default and not has_default:
                raise TypeError(f"non-default argument {s.name!r} follows default argument")
            seen_default = seen_default or has_default
        cls.__fields__ = specs

        params, body = [], []
        ns = {"MISSING": MISSING}
        for s in specs:
            if s.factory is not None:
                ns[f"_factory_{s.name}"] = s.factory
                params.append(f"{s.name}=MISSING")
                body.append(f"  _set(self, {s.name!r}, _factory_{s.name}() if {s.name} is MISSING else {s.name})")
            elif s.default is not MISSING:
                ns[f"_default_{s.name}"] = s.default
                params.append(f"{s.name}=_default_{s.name}")
                body.append(f"  _set(self, {s.name!r}, {s.name})")
            else:
                params.append(s.name)
                body.append(f"  _set(self, {s.name!r}, {s.name})")
        ns["_set"] = object.__setattr__
        src = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "  pass") + \
              "\n  if hasattr(self, '__post_init__'):\n    self.__post_init__()\n"
        exec(src, ns)
        cls.__init__ = ns["__init__"]

        def __repr__(self):
            inner = ", ".join(f"{s.name}={getattr(self, s.name)!r}" for s in specs)
            return f"{type(self).__qualname__}({inner})"

        def astuple(self):
            return tuple(getattr(self, s.name) for s in specs)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.astuple = astuple
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r}")
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda self: hash(astuple(self))
        else:
            cls.__hash__ = None
        if order:
            for op, fn in [("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                           ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)]:
                def method(self, other, fn=fn):
                    if type(other) is not type(self):
                        return NotImplemented
                    return fn(astuple(self), astuple(other))
                method.__name__ = op
                setattr(cls, op, method)
        return cls
    return wrap if cls is None else wrap(cls)


def replace(obj, **changes):
    values = {s.name: getattr(obj, s.name) for s in type(obj).__fields__}
    unknown = set(changes) - set(values)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    values.update(changes)
    return type(obj)(**values)


@record
class Point:
    x: int
    y: int = 0


@record(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split(".")))


@record
class Inventory:
    owner: str
    items: list = field(factory=list)
    tags: set = field(factory=set)

    def __post_init__(self):
        self.owner = self.owner.title()


@record
class Point3(Point):
    z: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p == Point(2, 1), p.astuple())
print(Point.__fields__, Point3.__fields__)
print(Point3(1, 2, 3), Point3(1), Point3(1, 2) == Point(1, 2))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

versions = [Version.parse(s) for s in ["1.10.0", "1.2.3", "0.9", "1.2", "2"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)], max(versions), min(versions) < Version(1))
print(len(set(versions + [Version(1, 2)])), Version(1, 2) in versions, Version(1, 2) <= Version(1, 2, 0))
try:
    versions[0].major = 5
except AttributeError as e:
    print("AttributeError:", e)
print(replace(versions[0], patch=9), versions[0])
try:
    replace(p, w=1)
except TypeError as e:
    print("TypeError:", e)

a = Inventory("ada lovelace")
b = Inventory("charles", ["gear"])
a.items.append("notebook")
a.tags.add("math")
print(a, b, a.items is not b.items, Inventory("x").items)
try:
    @record
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(Version.__lt__.__name__, Point.__init__.__code__.co_varnames[:3], Point.__hash__)
print(sorted(Version.__dict__["__annotations__"].items(), key=lambda kv: kv[0]))

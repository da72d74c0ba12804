import abc, functools
class Validated:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int) or value < 0:
            raise ValueError(f'{self.name[1:]} must be a non-negative int, got {value!r}')
        setattr(obj, self.name, value)
class Shape(abc.ABC):
    count = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.kind = cls.__name__.lower()
    @abc.abstractmethod
    def area(self): ...
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(f"{k}={v!r}" for k, v in vars(self).items())})'
class Rect(Shape):
    w = Validated(); h = Validated()
    def __init__(self, w, h):
        self.w = w; self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
shapes = [Rect(2, 3), Square(2), Rect(1, 10)]
print(sorted(shapes), [s.kind for s in shapes], max(shapes).area())
try:
    Rect(-1, 2)
except ValueError as e:
    print('ValueError', e)
print(type(Rect.w).__name__, isinstance(Square(1), Shape), issubclass(Square, Rect), Square.__mro__[1].__name__)
class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls
class Plugin(metaclass=Meta):
    pass
class P1(Plugin): pass
print(sorted(Meta.registry), type(P1).__name__)
class Temp:
    __slots__ = ('_c',)
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self): raise AttributeError('cannot delete')
t = Temp(100); print(t.f); t.f = 32; print(t._c)
try:
    del t.f
except AttributeError as e:
    print('AttributeError', e)
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError', e)
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __bool__(self): return any(self.c)
    def __repr__(self): return f'Vec{self.c}'
    def __format__(self, spec): return '<' + ', '.join(format(x, spec) for x in self.c) + '>'
v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 0.5, len(v), v[1], list(v), bool(Vec(0, 0)), {v: 1}[Vec(4, 6)], f'{v:.1f}', v == (4, 6))
try:
    v + 1
except AttributeError as e:
    print('AttributeError', e)
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return et is KeyError
with Ctx():
    {}['x']
print('after')
print(functools.total_ordering.__name__, callable(Rect), Rect.__dict__.get('area').__qualname__)

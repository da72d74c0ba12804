# Function objects: attributes, descriptors, bound methods, builtin function reprs.
def f(a, b=2):
    "doc"
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__kwdefaults__,
      f.__closure__, f.__annotations__)
for attr, val in [('__name__', 3), ('__qualname__', 3), ('__defaults__', 3),
                  ('__kwdefaults__', 3), ('__code__', 3), ('__annotations__', 3)]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print(e)
del f.__defaults__
print(f.__defaults__)
f.x = 5
print(f.__dict__, f.x)
try:
    f.y
except AttributeError as e:
    print(e)
def g():
    pass
print(g.__doc__, (lambda: 'not a doc').__doc__)
def ann(a: int, b: 'str' = 'x') -> list:
    pass
print(ann.__annotations__)

class C:
    def m(self):
        return 'm'
    @staticmethod
    def s():
        return 's'
    @classmethod
    def c(cls):
        return cls.__name__
c = C()
try:
    c.m.z
except AttributeError as e:
    print(e)
print(c.m.__func__ is C.m, c.m.__self__ is c, c.m.__name__, c.m.__qualname__, c.m.__doc__)
print(c.m == c.m, c.m is c.m, hash(c.m) == hash(c.m), c.m != C().m)
print(repr(c.m).startswith('<bound method C.m of <__main__.C object at 0x'))
print(repr(f).startswith('<function f at 0x'))
print(c.m(), C.m(c), c.s(), C.s(), c.c(), C.c())
print(f.__get__(None, C) is f, f.__get__(1).__self__)
print(len.__name__, len.__qualname__, len.__module__, [].append.__name__,
      [].append.__qualname__, list.append.__qualname__, list.append.__name__)
print(repr(len), repr(list.append))
print(repr([].append).startswith('<built-in method append of list object at 0x'))
print(len == len, [].append == [].append, hash(len) == hash(len))
try:
    list.append(1, 2)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
print(type(f).__name__, type(len).__name__, type(c.m).__name__, type(list.append).__name__)
def outer():
    x = 1
    def inner():
        return x
    return inner
cell = outer().__closure__[0]
print(cell.cell_contents, type(cell).__name__)
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount)

h = type(f)(f.__code__, {})
print(h.__name__, h.__module__, h.__defaults__)
def wrapper(fn):
    def w(*a, **k):
        return fn(*a, **k)
    w.__wrapped__ = fn
    w.__name__ = fn.__name__
    return w
@wrapper
def deco(x):
    return x * 2
print(deco(21), deco.__name__, deco.__wrapped__.__name__)
print(callable(f), callable(c.m), callable(len), callable(3))
def kwonly(*, a=1, b):
    return a, b
print(kwonly.__kwdefaults__, kwonly(b=2))

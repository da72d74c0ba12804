# classmethod/staticmethod copy __annotations__ with __module__, __name__, __qualname__ and
# __doc__ into their __dict__ (CPython's functools_wraps); __wrapped__ is a slot like __func__,
# not a dict entry. singledispatchmethod over a classmethod read __annotations__ (KeyError).
def f(x: int) -> str: 'doc'
f.extra = 1
for kind in (classmethod, staticmethod):
    m = kind(f)
    print(kind.__name__, m.__dict__)
    print(m.__annotations__, m.__annotations__ is f.__annotations__, m.__wrapped__ is f, m.__func__ is f)
    m.__annotations__ = {'y': 1}
    print(m.__annotations__, f.__annotations__)
    print('__wrapped__' in kind.__dict__, '__wrapped__' in m.__dict__)
def g(): pass
c2 = classmethod(g); print(c2.__annotations__, g.__annotations__)
print(classmethod(len).__dict__)
print(staticmethod(len).__dict__)
for kind in (classmethod, staticmethod):
    try:
        print(sorted(kind(1).__dict__), kind(1).__wrapped__)
        kind(1).__annotations__
    except AttributeError as e:
        print('AttributeError', e)
class A:
    @classmethod
    def c(cls, a: int) -> int: return a
    @staticmethod
    def s(b: str): return b
print(A.__dict__['c'].__annotations__, A.__dict__['s'].__annotations__, A.c(3), A.s('x'))

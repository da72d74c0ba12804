class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class M:
    a = Field(1)
    b = Field('x')
print(M().a, M().b)
m = M(); m.a = 10
print(m.a, m._a, type(M.a).__name__)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)
try:
    class K:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, '__notes__') else None, e.__cause__)

class Late:
    def __set_name__(self, owner, name):
        print('late', name)
class N: pass
N.z = Late()  # not called
T = type('T', (), {'w': Late()})
print(T.__name__)

class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class S1(Base, tag='one'): pass
class S2(S1): pass
print(S1.tag, S2.tag, Base.subs)
try:
    class S3(Base, unknown=1): pass
except TypeError as e:
    print(e)

class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(G[int], G[1, 2], G['a'])
class H: pass
try:
    H[int]
except TypeError as e:
    print(e)
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]))

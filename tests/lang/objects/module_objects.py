# Module objects: repr, attribute errors, module-level __getattr__, ModuleType().
import sys
print(repr(sys), type(sys).__name__)
try:
    sys.nonexistent
except AttributeError as e:
    print(e)
M = type(sys)
m = M('mymod', 'docstr')
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m.x = 5
print(m.x, 'x' in dir(m))
try:
    m.y
except AttributeError as e:
    print(e)
m.__getattr__ = lambda name: "lazy_" + name
print(m.y)
del m.x
print(hasattr(m, 'x'))
try:
    M()
except TypeError as e:
    print(e)
m2 = M('other')
print(m2.__doc__, repr(m2))
m2.__file__ = '/tmp/other.py'
print(repr(m2))
class MyMod(M):
    def hello(self):
        return 'hi from ' + self.__name__
mm = MyMod('sub')
print(mm.hello(), isinstance(mm, M))

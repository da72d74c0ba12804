# Member descriptors (__slots__) and getset descriptors (__dict__, __weakref__): type,
# repr, __name__/__objclass__, __get__/__set__/__delete__ and their error messages.
class C:
    __slots__ = ('x', 'y')
d = C.__dict__['x']
print(type(d), d, d.__name__, d.__objclass__, d.__qualname__)
c = C()
try:
    c.x
except AttributeError as e:
    print(e)
try:
    del c.x
except AttributeError as e:
    print(e)
d.__set__(c, 5)
print(d.__get__(c, C), d.__get__(None, C) is d, c.x)
d.__delete__(c)
try:
    d.__get__(c, C)
except AttributeError as e:
    print(e)
try:
    d.__get__(1, int)
except TypeError as e:
    print(e)
try:
    d.__set__(1, 2)
except TypeError as e:
    print(e)
class D:
    pass
g = D.__dict__['__dict__']
print(type(g), g, g.__name__, g.__objclass__)
w = D.__dict__['__weakref__']
print(type(w), w)
print(g.__get__(D(), D))
import types
print(types.MemberDescriptorType, types.GetSetDescriptorType)
print(type(C.x) is types.MemberDescriptorType, type(g) is types.GetSetDescriptorType)
try:
    g.__set__(D(), 1)
except TypeError as e:
    print(e)

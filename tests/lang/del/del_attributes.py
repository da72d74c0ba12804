# del on attributes, including class attributes and __delattr__.
class C:
    cls_attr = 'class'
c = C()
c.inst = 'instance'
del c.inst
print(hasattr(c, 'inst'))
try:
    del c.inst
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del C.cls_attr
print(hasattr(c, 'cls_attr'))
class Guard:
    def __delattr__(self, name):
        print('refusing to delete', name)
g = Guard()
g.x = 1
del g.x
print(g.x)
def f():
    pass
f.tag = 1
del f.tag
print(hasattr(f, 'tag'))

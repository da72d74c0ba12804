import weakref, gc
class A:
    pass
a = A()
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r1])
hits = []
r3 = weakref.ref(a, lambda r: hits.append('cb'))
print(r3 is r1, r3 == r1, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
p = weakref.proxy(a)
print(weakref.getweakrefcount(a))
class MyRef(weakref.ref):
    pass
m1 = MyRef(a)
m2 = MyRef(a)
print(m1 is m2, weakref.getweakrefcount(a))
for x in [1, 'str', (1, 2), None, [1]]:
    print(weakref.getweakrefcount(x), weakref.getweakrefs(x))
b = A()
d = weakref.WeakValueDictionary()
d['x'] = b
print(weakref.getweakrefcount(b))
ws = weakref.WeakSet()
ws.add(b)
print(weakref.getweakrefcount(b) >= 2)
c = A()
print(weakref.getweakrefcount(c))
def f(): pass
rf = weakref.ref(f)
print(weakref.getweakrefcount(f), rf() is f)
try:
    weakref.getweakrefcount()
except TypeError as e:
    print(e)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)

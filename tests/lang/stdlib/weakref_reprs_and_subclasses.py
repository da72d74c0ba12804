import weakref
def mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out.append('ADDR')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)
class A:
    def m(self): return 42
a = A()
r = weakref.ref(a)
print(mask(repr(r)), isinstance(r, weakref.ref), weakref.ref.__name__, type(r))
def f(): pass
print(mask(repr(weakref.ref(f))), mask(repr(weakref.ref(A))))
wm = weakref.WeakMethod(a.m)
print(wm()(), wm == weakref.WeakMethod(a.m), type(wm).__name__)
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print(e)
class R(weakref.ref):
    def __init__(self, ob, cb=None):
        super().__init__(ob, cb)
        self.extra = 1
rr = R(a)
print(rr() is a, rr.extra, isinstance(rr, weakref.ref))
d = weakref.WeakValueDictionary({1: a})
print(mask(repr(d)), list(d.keys()), dict(d.items()) == {1: a}, len(d))
s = weakref.WeakSet([a, A])
print(len(s), a in s, mask(repr(s)).count("weakref"))
k = weakref.WeakKeyDictionary({a: 1})
print(k[a], len(k), list(k.values()))
p = weakref.proxy(a)
print(mask(repr(p)), type(p).__name__, p.m())
print(weakref.getweakrefcount(a) >= 0, weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType)

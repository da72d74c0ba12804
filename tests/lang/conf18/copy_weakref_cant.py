# copy: weak references copy as themselves; WeakKeyDictionary/WeakValueDictionary compare
# as mappings, deep-copy keys/values as CPython does; a __getattribute__ hiding
# __reduce_ex__/__reduce__ makes copy/deepcopy raise copy.Error (CPython's test_copy).
import copy, weakref, gc
class C: pass
obj = C()
r = weakref.ref(obj)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
class D:
    def __init__(self, i): self.i = i
a, b, c, d = [D(i) for i in range(4)]
for T in (weakref.WeakKeyDictionary, weakref.WeakValueDictionary):
    u = T(); u[a] = b; u[c] = d
    v = copy.copy(u)
    print(T.__name__, v is u, v == u, v != u, len(v), type(v).__name__)
    w = copy.deepcopy(u)
    print(w == u, len(w), sorted(x.i for x in w.keys()) if T is weakref.WeakValueDictionary else sorted(x.i for x in w.values()))
    print(u == {a: b, c: d}, u == {a: b}, u == [1], {a: b, c: d} == u)
    try: hash(u)
    except TypeError as e: print('TypeError', e)
class S(weakref.WeakValueDictionary): pass
s = S(); s[1] = a
print(type(s.copy()).__name__, type(copy.deepcopy(s)).__name__)
class Cant(object):
    def __getattribute__(self, name):
        if name.startswith("__reduce"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
for f in (copy.copy, copy.deepcopy):
    try: f(Cant()); print('copied')
    except copy.Error as e: print('Error', str(e).replace(__name__, 'M'))
class Fine:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
f = Fine(); f.x = [1]
print(copy.copy(f).x is f.x, copy.deepcopy(f).x == [1], copy.deepcopy(f).x is f.x)

# weak dictionaries' | with dicts on either side (__ror__), and only with mappings
import weakref
class C: pass
o1, o2, o3 = C(), C(), C()
wkd1 = weakref.WeakKeyDictionary({o1: 1, o2: 2})
wkd2 = weakref.WeakKeyDictionary({o3: 3, o1: 4})
d1 = {o2: '5', o3: '6'}
for x, y in [(wkd1, wkd2), (wkd2, d1), (d1, wkd1)]:
    r = x | y
    print(type(r).__name__, sorted(map(str, r.values())))
wvd = weakref.WeakValueDictionary({1: o1, 2: o2})
r = {3: o3} | wvd
print(type(r).__name__, sorted(r.keys()))
try: wvd | [(1, 2)]
except TypeError as e: print(e)
t = wkd1.copy(); t |= [(o2, 7)]; print(t[o2])

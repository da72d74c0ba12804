# pickle: user classes (__reduce__, __reduce_ex__, __getstate__/__setstate__, slots, __getnewargs__(_ex)), recursion, memo, copyreg.
import pickle, copyreg, collections

class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1

class WithState:
    def __init__(self):
        self.v = 5; self.cache = 'big'
    def __getstate__(self):
        d = self.__dict__.copy(); del d['cache']; return d
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = 'rebuilt'

class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a,))

class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx, (), {'proto': proto})

class NewArgs(int):
    def __new__(cls, v, extra):
        o = int.__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self):
        return (int(self), self.extra)

class KwNew:
    def __new__(cls, *, k):
        o = object.__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self):
        return ((), {'k': self.k})

class MyList(list):
    pass
class MyDict(dict):
    pass

class Nested:
    class Inner:
        pass

for p in range(6):
    objs = [Point(1, 'two'), Point, Red(3), RedEx(), WithState(), MyList([1, 2]), MyDict(a=1),
            Nested.Inner, Nested.Inner()]
    if p >= 2:
        objs += [NewArgs(7, 'e'), Slotted()]
    if p >= 4:
        objs.append(KwNew(k=9))
    for o in objs:
        try:
            data = pickle.dumps(o, p)
        except Exception as e:
            print(p, type(o).__name__, 'ERR', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(p, type(o).__name__, data, type(back).__name__, sorted(getattr(back, '__dict__', {}).items()) if not isinstance(back, type) else back)

sl = pickle.loads(pickle.dumps(Slotted(), 2)); print(sl.a, hasattr(sl, 'b'))
w = pickle.loads(pickle.dumps(WithState())); print(w.v, w.cache)
n = pickle.loads(pickle.dumps(NewArgs(7, 'e'))); print(n, n.extra)
# recursive structures
l = [1]; l.append(l)
for p in range(6):
    d = pickle.dumps(l, p); b = pickle.loads(d); print(p, d, b[1] is b)
d = {}; d['self'] = d
print(pickle.dumps(d), pickle.loads(pickle.dumps(d))['self'] is not None)
t = ([],); t[0].append(t)
for p in range(6):
    dd = pickle.dumps(t, p); b = pickle.loads(dd); print(p, dd, b[0][0] is b)
pt = Point(1, 2); pt.me = pt
b = pickle.loads(pickle.dumps(pt)); print(b.me is b)
shared = [1, 2]
b = pickle.loads(pickle.dumps([shared, shared, (shared,)])); print(b[0] is b[1], b[2][0] is b[0])
print(pickle.dumps([shared, shared]))
# copyreg dispatch
class Cpx:
    def __init__(self, v): self.v = v
def red_cpx(c): return (Cpx, (c.v * 2,))
copyreg.pickle(Cpx, red_cpx)
print(pickle.loads(pickle.dumps(Cpx(4))).v)
od = collections.OrderedDict([('a', 1), ('b', 2)])
print(pickle.loads(pickle.dumps(od)))
print(pickle.loads(pickle.dumps(collections.Counter('aab'))))
print(pickle.loads(pickle.dumps(collections.defaultdict(int, a=1))))
print(pickle.loads(pickle.dumps(collections.deque([1, 2]))))

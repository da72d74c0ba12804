# object.__reduce_ex__ (copyreg._reduce_newobj) against CPython: __slots__, __getstate__,
# __getnewargs[_ex]__ (also set to None: still called), built-in subclasses, pickle/copy round trips.
import copyreg, copy, pickle
def show(o, protos=(2, 4)):
    for p in protos:
        try:
            r = o.__reduce_ex__(p)
            f = r[0].__name__
            args = r[1]
            args = tuple(a.__name__ if isinstance(a, type) else a for a in args)
            rest = [x if not hasattr(x, '__next__') else list(x) for x in r[2:]]
            print(type(o).__name__, p, f, args, rest)
        except Exception as e:
            print(type(o).__name__, p, type(e).__name__, e)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
show(s)
class SD:
    __slots__ = ('a', '__dict__')
sd = SD(); sd.a = 1; sd.x = 2
show(sd)
class GS:
    def __getstate__(self): return {'k': 1}
show(GS())
class GSN:
    def __getstate__(self): return None
show(GSN())
class NX:
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __getnewargs_ex__(self): return ((1,), {'z': 2})
show(NX())
class NXE:
    def __getnewargs_ex__(self): return ((1,), {})
show(NXE())
class Bad1:
    def __getnewargs_ex__(self): return [1]
class Bad2:
    def __getnewargs_ex__(self): return (1, 2, 3)
class Bad3:
    def __getnewargs_ex__(self): return ([], {})
class Bad4:
    def __getnewargs_ex__(self): return ((), [])
class Bad5:
    def __getnewargs__(self): return [1]
for c in (Bad1, Bad2, Bad3, Bad4, Bad5): show(c())
class I(int): pass
i = I(5); i.t = 1
show(i)
class T(tuple): pass
show(T((1, 2)))
class D(dict): pass
d = D(a=1); d.q = 2
show(d)
class St(str): __slots__ = ('w',)
st = St('x'); st.w = 3
show(st)
class F(float): pass
show(F(1.5))
class BA(bytearray): pass
show(BA(b'ab'))
class E(ValueError): pass
show(E('m'))
import collections
class OD(collections.OrderedDict): pass
show(OD(a=1))
class Dq(collections.deque): pass
show(Dq([1]))
for o in (s, sd, i, d, st, E('m'), T((1,))):
    for p in range(6):
        try:
            c = pickle.loads(pickle.dumps(o, p))
            print(p, type(c).__name__, getattr(c, '__dict__', None), getattr(c, 'a', None), c if not isinstance(c, (S, SD)) else '')
        except Exception as e:
            print(p, type(e).__name__, e)
    c = copy.copy(o); print('copy', type(c).__name__)
class A:
    __getstate__ = None
class B:
    __getnewargs__ = None
class C:
    __reduce__ = None
class Dd:
    def __getnewargs__(self): raise KeyError('x')
class Ee(list):
    def __getstate__(self): return 5
for c in (A, B, C, Dd):
    for p in (1, 2):
        try: print(c().__reduce_ex__(p)[1:3])
        except Exception as e: print(type(e).__name__, e)
r = Ee([1]).__reduce_ex__(3); print(r[2], list(r[3]))
for p in (-1, True):
    try: print(A.__mro__ and B().__class__.__name__, object().__reduce_ex__(p)[0].__name__)
    except Exception as e: print(type(e).__name__, e)
# str.__getnewargs__: a copied str subclass instance keeps its value
class S2(str):
    pass
s2 = S2('abc'); s2.k = 1
c = copy.copy(s2)
print(repr(c), type(c).__name__, c.k, repr(copy.deepcopy(st)), 'ab'.__getnewargs__())
# bytearray.__reduce__/__reduce_ex__: a copied bytearray subclass instance keeps its bytes
ba = BA(b'ab\xff'); ba.x = 1
print(copy.copy(ba), copy.deepcopy(ba).x, ba.__reduce__(), ba.__reduce_ex__(0), ba.__reduce_ex__(3))
print(bytearray(b'q').__reduce_ex__(2), [pickle.loads(pickle.dumps(ba, p)) for p in range(6)])
for bad in ('x', None):
    try:
        ba.__reduce_ex__(bad)
    except TypeError as e:
        print(type(e).__name__, e)

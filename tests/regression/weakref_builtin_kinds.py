# weakref.ref refused memoryview and str subclasses but accepted bytes subclasses (CPython: the reverse for the subclasses)
import weakref
class C: pass
class Sl: __slots__ = ('a',)
class SlW: __slots__ = ('a', '__weakref__')
class IntS(int): pass
class StrS(str): pass
class TupS(tuple): pass
class ListS(list): pass
class DictS(dict): pass
class BytesS(bytes): pass
class FloatS(float): pass
class BoolLike(IntS): pass
def g(): yield 1
objs = [1, 1.5, 1j, True, None, 'a', b'a', bytearray(), (), [], {}, set(), frozenset(), range(3),
        slice(1), memoryview(b''), C(), Sl(), SlW(), IntS(1), StrS('a'), TupS(), ListS(), DictS(),
        BytesS(), FloatS(1.0), BoolLike(), g(), g, C, type, len, object(), iter([]), property(),
        Ellipsis, g.__code__, ValueError(), weakref, lambda: 0]
for o in objs:
    try:
        r = weakref.ref(o)
        print(type(o).__name__, 'ok', r() is o)
    except TypeError as e:
        print(type(o).__name__, 'TypeError', e)
try:
    weakref.ref(weakref.ref(C))
except TypeError as e:
    print(e)
m = memoryview(b'xyz')
p = weakref.proxy(m)
print(p.tobytes(), len(p))

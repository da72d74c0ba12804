# memoryview over hostile array subclasses and items: the format and item writes come
# from the C array (a typecode/itemsize property changed what safepy read and wrote);
# __index__ items; a view released by an item's __float__; hash needs a hashable exporter.
import array
class A(array.array):
    typecode = property(lambda s: 'd')
print(memoryview(A('b', range(1, 10))).format, memoryview(A('b', range(1, 10))).tolist())
class C(array.array):
    itemsize = property(lambda s: 1)
c = C('h', [1, 2, 3]); memoryview(c)[1] = 9; print(c.tolist())
class Ix:
    def __index__(self): return 7
m = memoryview(bytearray(3)); m[0] = Ix(); print(m.tolist())
try: m[1] = 1.5
except TypeError as e: print('TypeError', e)
class G:
    def __float__(self):
        m2.release(); return 5.0
m2 = memoryview(bytearray(16)).cast('d')
try: m2[0] = G()
except ValueError as e: print('ValueError', e)
try: print(hash(memoryview(bytearray(b'a')).toreadonly()))
except TypeError as e: print('TypeError', e)
try: print(hash(memoryview(array.array('b', b'a')).toreadonly()))
except TypeError as e: print('TypeError', e)
v = memoryview(b'abc'); h = hash(v); v.release(); print(hash(v) == h)
a = array.array('i', [1, 2, 3]); mv = memoryview(a); mv[2] = -5; print(a, mv.tolist(), mv.readonly)
# An exporter resized under a view: CPython refuses the resize, safepy (no export
# counting) lets it happen and then raises on use; either way a BufferError, never a
# silently short iteration (it used to give [] here).
for make in (lambda: bytearray(b'abcdef'), lambda: array.array('h', range(6))):
    for op in ('clear', 'del'):
        o = make(); mv = memoryview(o)
        try:
            if op == 'clear':
                del o[:]
            else:
                del o[2:]
            print(list(mv), mv[4])
        except BufferError:
            print('BufferError')

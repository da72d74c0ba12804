# bytes compared with any buffer (b'abc' < memoryview(...) was False/True where CPython raises
# TypeError: bytes orders only against bytes), and a one-dimensional memoryview's tuple keys
# took the wrong branch: (slice, 0) said 'multi-dimensional slicing' instead of 'invalid slice
# key', item assignment with () or a tuple of slices was a TypeError, not CPython's
# NotImplementedError.
import array
vals = [b'abc', bytearray(b'abd'), memoryview(b'abc'), memoryview(bytearray(b'abb')), array.array('B', b'abc'), 'abc', 3]
for x in vals:
    for y in vals:
        out = []
        for op in ('<', '<=', '==', '!=', '>', '>='):
            try:
                out.append(eval('x %s y' % op))
            except TypeError:
                out.append('TE')
        print(type(x).__name__, type(y).__name__, out)

m = memoryview(bytearray(b'abcdef'))
for k in ((0,), (0, 1), (), (slice(0,1),), (slice(0,1), 0), ('a',), (0.5,), (-1,), (6,), (True,), (slice(0,1), slice(1,2))):
    try: print(k, m[k])
    except Exception as e: print(k, type(e).__name__, e)
    for v in (b'a', 98):
        try: m[k] = v; print(k, 'set ok', bytes(m))
        except Exception as e: print(k, v, type(e).__name__, e)

m = memoryview(bytearray(b'abcdef'))
for c in (m, b"abcdef"):
    for f in (lambda: m < c, lambda: c <= m, lambda: m >= c, lambda: c > m):
        try:
            print(f())
        except TypeError as e:
            print('TypeError', e)

m = memoryview(b'abcdef')
for f in [lambda: m[10], lambda: m['a'], lambda: m.__setitem__(0, 1), lambda: memoryview(1), lambda: memoryview(bytearray(b'ab')).__setitem__(0, 300), lambda: memoryview(bytearray(b'ab')).__setitem__(0, 'x'), lambda: memoryview(bytearray(b'ab')).__setitem__(slice(0,2), b'abc'), lambda: hash(memoryview(bytearray())), lambda: m[::2].tobytes(), lambda: m[::-1].tolist(), lambda: m.hex(':'), lambda: m.shape, lambda: m.strides, lambda: m[1:3].strides, lambda: m[::2].nbytes, lambda: m == b'abcdef', lambda: m[::2] == b'ace', lambda: m == 'abcdef', lambda: m.cast('c')[0], lambda: m.cast('c').tolist()[:2], lambda: bytes(m[::2]), lambda: hash(m) == hash(b'abcdef'), lambda: m.obj, lambda: m.contiguous, lambda: m[::2].contiguous, lambda: len(m[10:]), lambda: m[-1], lambda: m.toreadonly().readonly, lambda: m[1:3].tobytes(), lambda: list(m[:3]), lambda: b'x' + m, lambda: m.ndim, lambda: m.suboffsets, lambda: m.format, lambda: m.itemsize, lambda: m.c_contiguous, lambda: m.readonly, lambda: m.nbytes, lambda: len(m), lambda: m[::-2].tobytes(), lambda: m[5:1:-1].tolist(), lambda: m[-100:100].tobytes(), lambda: m.hex(), lambda: bytearray(m), lambda: m[1:4] == m[1:4], lambda: m[1:4] != memoryview(b'bcd'), lambda: m == [97]]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
ba = bytearray(b'hello world')
v = memoryview(ba)
v[0] = 72
v[6:11] = b'WORLD'
print(ba, v.readonly)
v[::2] = b'xxxxxx'
print(ba)
v[1:3] = memoryview(b'ZZ')
print(ba)
ba2 = bytearray(b'0123456789')
ba2[0:3] = memoryview(b'abc')
ba2[3:5] = memoryview(b'xyzw')[1:3]
print(ba2)
try:
    del v[0]
except TypeError as e:
    print('TypeError', e)
m.release()
for f in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: repr(m)[:17], lambda: m.release(), lambda: m.readonly, lambda: m == m, lambda: m.obj, lambda: m == b'abcdef']:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
with memoryview(b'ab') as w:
    print(w[0], w[1:].tobytes())
try:
    w[0]
except ValueError as e:
    print(e)
print(type(memoryview(b'')).__name__, memoryview(b'xy').tolist(), b''.join([memoryview(b'ab'), b'c']))
print(bytes(memoryview(b'abc')[::-1]), str(b'abc', 'ascii'), memoryview(b'abc').tobytes().decode())

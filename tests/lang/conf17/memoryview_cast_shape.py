# memoryview.cast with a shape: multi-dimensional (and 0-dim) views, m[i, j], tolist, shape/strides/ndim, CPython errors
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
b = bytearray(range(24))
m = memoryview(b)
x = m.cast('B', shape=[2, 3, 4])
t('shape', lambda: (x.shape, x.strides, x.ndim, x.nbytes, x.itemsize, x.format, x.contiguous, x.c_contiguous, x.f_contiguous, x.suboffsets))
t('len', lambda: len(x))
t('tolist', lambda: x.tolist())
t('item', lambda: x[1, 2, 3])
t('itemneg', lambda: x[-1, -1, -1])
t('item_oob', lambda: x[2, 0, 0])
t('item_oob2', lambda: x[0, 3, 0])
t('short', lambda: x[1, 2])
t('long', lambda: x[1, 2, 3, 0])
t('sub', lambda: x[1])
t('slice', lambda: (x[0:1].shape, x[1:].tolist(), x[::-1].tolist(), x[::-1].strides, x[::-1].c_contiguous, x[::-1][1, 2, 3], x[5:].shape, x[5:].tolist(), x[5:].nbytes))
t('slice2', lambda: x[0:1, 0:1])
t('ellipsis', lambda: x[...] is x)
t('empty', lambda: x[()])
t('float', lambda: x[1.0, 2, 3])
t('iter', lambda: list(x))
t('tobytes', lambda: x.tobytes())
t('hex', lambda: x.hex())
t('cast1d', lambda: x.cast('B').tolist())
t('castnd', lambda: x.cast('B', shape=[4, 6]))
t('castI', lambda: (x.cast('I').tolist(), x.cast('I').shape))
t('eq', lambda: (x == m.cast('B', shape=[2, 3, 4]), x == m.cast('B', shape=[4, 6]), x == m, x.tolist() == x))
def setit():
    x[1, 2, 3] = 99
    return b[23]
t('setitem', setit)
def setbad():
    x[1, 2] = 5
t('setshort', setbad)
def setsl():
    x[0] = 5
t('setsub', setsl)
def setbig():
    x[0, 0, 0] = 300
t('setbig', setbig)
y = memoryview(bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00')).cast('h', shape=[3, 2])
t('h', lambda: (y.tolist(), y.strides, y[2, 1], y.shape))
t('h2', lambda: memoryview(bytes(12)).cast('B').cast('i', [3]).tolist())
t('h3', lambda: memoryview(bytes(12)).cast('i', [2, 2]))
t('badshape', lambda: memoryview(bytes(12)).cast('B', [5, 2]))
t('badshape2', lambda: memoryview(bytes(12)).cast('B', [0, 2]))
t('badshape3', lambda: memoryview(bytes(12)).cast('B', [-1, -12]))
t('badshape4', lambda: memoryview(bytes(12)).cast('B', 12))
t('badshape5', lambda: memoryview(bytes(12)).cast('B', ['a']))
t('badshape6', lambda: memoryview(bytes(12)).cast('B', [1]*65))
t('zero', lambda: memoryview(bytes(0)).cast('B', [0]).tolist())
t('zero2', lambda: memoryview(bytes(0)).cast('B', [0, 5]))
z = memoryview(b'\x07').cast('B', shape=[])
t('0d', lambda: (z.shape, z.strides, z.ndim, z.tolist(), z[()], z.nbytes, z.tobytes()))
t('0dlen', lambda: len(z))
t('0didx', lambda: z[0])
t('0dsl', lambda: z[0:1])
t('0diter', lambda: list(z))
t('0d eq', lambda: z == memoryview(b'\x07').cast('B', shape=[]))
t('repr', lambda: repr(x)[:9])
t('hash', lambda: hash(memoryview(bytes(range(6))).cast('B', [2, 3])) == hash(bytes(range(6))))
t('hash2', lambda: hash(x))
t('1dshape', lambda: (m.shape, m.strides, m.ndim, m.cast('B', [24]).shape))
t('sliced', lambda: m[::2].cast('B', [3, 4]))
t('nested', lambda: memoryview(x).tolist() == x.tolist())
t('nested2', lambda: memoryview(x).shape)
t('bytes', lambda: bytes(x)[:4])
t('contig', lambda: memoryview(bytes(8)).cast('B', [2, 1, 4]).f_contiguous)
t('contig1', lambda: memoryview(bytes(8)).cast('B', [1, 8]).f_contiguous)
t('cmp_h', lambda: y == memoryview(bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00')).cast('h', shape=[3, 2]))
t('toreadonly', lambda: x.toreadonly().shape)
t('c', lambda: memoryview(b'abcd').cast('c', [2, 2]).tolist())
t('d', lambda: memoryview(bytes(16)).cast('d', [1, 2]).tolist())
t('idx_type', lambda: x['a'])
t('idx_tuple_str', lambda: x['a', 1, 2])
t('count', lambda: x.count(0) if hasattr(x, 'count') else 'nocount')

import array
a = array.array('i', range(6))
am = memoryview(a).cast('B').cast('i', [2, 3])
t('array', lambda: (am.tolist(), am[1, 2], am.format, am.strides))
def aset():
    am[0, 1] = -5
    return a.tolist()
t('arrayset', aset)
t('bytes_nd', lambda: (bytes(x[::-1]), bytes(x[1:])))
t('rev_cast', lambda: x[::-1].cast('B'))
t('ba_from', lambda: bytearray(x[1:])[:3])
t('eq_sliced', lambda: (x[1:] == memoryview(bytes(b[12:])).cast('B', [1, 3, 4]), x[::-1] == x))
def slassign():
    mm = memoryview(bytearray(8))
    mm[2:6] = b'abcd'
    mm[::2] = b'WXYZ'
    mm[1:3] = mm[5:7]
    return mm.tobytes()
t('slassign', slassign)
def slassign_nd():
    mm = memoryview(bytearray(8))
    mm[0:4] = memoryview(b'abcd').cast('B', [2, 2])
t('slassign_nd', slassign_nd)
def ro():
    memoryview(bytes(4)).cast('B', [2, 2])[0, 0] = 1
t('readonly', ro)
def delit():
    del x[0, 0, 0]
t('del', delit)
t('released', lambda: (lambda v: (v.release(), v.shape))(memoryview(bytes(4)).cast('B', [2, 2])))
z2 = memoryview(bytearray(b'\x05')).cast('B', [])
def zset():
    z2[()] = 9
    z2[...] = 10
    return z2.tolist(), z2[...] is z2
t('0dset', zset)
def zset2():
    z2[0] = 1
t('0dset2', zset2)
t('0dcast', lambda: z2.cast('B').tolist())
t('0dcast2', lambda: memoryview(bytes(4)).cast('i', []).tolist())

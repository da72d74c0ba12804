def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'abcdefgh')
m = memoryview(ba)
def a1():
    m[1:6:2] = b'XYZ'
    return ba
t(a1)
t(lambda: m[::0])
t(lambda: m[1.5])
t(lambda: m[True])
t(lambda: m[(1,)])
t(lambda: memoryview(b'abc') == memoryview(bytearray(b'abc')))
t(lambda: [x for x in memoryview(b'xyz')])
t(lambda: bytes(m) == m)
t(lambda: m.hex(':', 2))
t(lambda: len(m[::3]))
t(lambda: m.cast('c')[1:3].tolist())
def a2():
    c = m.cast('c')
    c[0] = b'Q'
    return ba
t(a2)
def a3():
    c = m.cast('c')
    c[0] = 65
t(a3)
t(lambda: memoryview(m[::2]).tobytes())
t(lambda: m[-9])
t(lambda: m[8])
t(lambda: hash(memoryview(b'ab')[::-1]) == hash(b'ba'))
t(lambda: memoryview(b'ab') < memoryview(b'ac'))
t(lambda: str(memoryview(b'a'))[:8])
t(lambda: memoryview())
t(lambda: memoryview(object=b'xy').tolist())
t(lambda: 'ab'.encode() + memoryview(b'cd'))
t(lambda: bytearray(b'x') + memoryview(b'yz'))
t(lambda: b'-'.join([memoryview(b'a'), memoryview(b'b')]))
t(lambda: b'abc'.startswith(memoryview(b'ab')))
t(lambda: memoryview(b'abc').tobytes(order='C'))
t(lambda: int.from_bytes(memoryview(b'\x01\x00'), 'little'))
t(lambda: memoryview(b'abc').__len__())
for k in [(1, 2), (), (slice(1),), (2,), (-1,)]:
    t(lambda: m[k])

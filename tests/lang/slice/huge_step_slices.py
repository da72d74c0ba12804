import array
H = 1 << 333
cases = [
    "list(range(10))[9::H]", "list(range(10))[::-H]", "tuple(range(10))[9::H]", "b'0123456789'[9::H]",
    "bytearray(b'0123456789')[9::H]", "'0123456789'[9::H]", "'ééééé'[4::H]", "'0123456789'[::-H]",
    "array.array('i', range(10))[9::H]", "memoryview(b'0123456789')[9::H].tobytes()",
    "range(10)[9::H]", "list(range(10))[-1::-H]", "b'0123'[-1::-H]",
]
for c in cases:
    print(c, eval(c))
def dels(mk):
    a = mk(); del a[9::H]; print(a)
    a = mk(); del a[0::-H]; print(a)
    a = mk(); del a[::H]; print(a)
dels(lambda: list(range(10)))
dels(lambda: bytearray(b'0123456789'))
dels(lambda: array.array('i', range(10)))
def sets(mk, v):
    a = mk(); a[9::H] = v; print(a)
    a = mk(); a[0::-H] = v; print(a)
sets(lambda: list(range(10)), [99])
sets(lambda: bytearray(b'0123456789'), b'x')
sets(lambda: array.array('i', range(10)), array.array('i', [99]))
m = memoryview(bytearray(b'0123456789'))
m[9::H] = b'z'; print(bytes(m))
m[0::-H] = b'a'; print(bytes(m))
print(list(range(10))[9:-H:-H], 'abc'[H::-1], 'abc'[-H:H:H])
H = 1 << 333
m = memoryview(b'0123456789')[::H]
print(m.tobytes(), m.strides)
m2 = m[::H]
print(m2.tobytes(), m2.strides)
m3 = memoryview(b'0123456789')[::-H][::-H]
print(m3.tobytes(), m3.strides)
m4 = memoryview(b'0123456789')[::3][::1 << 62]
print(m4.tobytes(), m4.strides)
import array
a = array.array('q', range(10))
m5 = memoryview(a)[::1 << 61]
print(m5.tolist(), m5.strides)
m6 = memoryview(a)[5::-(1 << 61)]
print(m6.tolist(), m6.strides)
r = range(0, 10, 1 << 62)[::1 << 62]
print(r, list(r))
print(list(range(10))[::1<<62][::1<<62], 'abcdef'[::1<<62][::-(1<<62)])

import array
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
for tc in 'bBhHiIlLqQ':
    for v in [2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, -1, -129, -2**15-1, -2**31-1, -2**63-1, -2**63, 2**63-1, 2**64-1, 1.5, 'x', None, True]:
        t(array.array, tc, [v])
for tc in 'fd':
    for v in [1, 1.5, 'x', None, 10**400, 1e300, 0.1]:
        t(array.array, tc, [v])
for v in ['a', 'ab', 1, b'a', 'é', '\U0001f600']: t(array.array, 'u', [v])
t(array.array, 'z'); t(array.array, 5); t(array.array, 'ii'); t(array.array, 'i', 'abc'); t(array.array, 'u', 'abc'); t(array.array, 'i', b'\x01\x00\x00\x00'); t(array.array, 'i', b'\x01\x00\x00'); t(array.array, 'b', array.array('i', [1,2])); t(array.array, 'u', array.array('i', [1,2]))
t(array.array, 'i', [1], 2); t(array.array, 'i', x=1); t(array.array, 'd', range(3)); t(array.array, 'i', array.array('u', 'a'))
print(array.typecodes)
a = array.array('i', [1,2,3])
t(a.__getitem__, 5); t(a.__setitem__, 5, 1); t(a.__delitem__, 5); t(a.pop, 5); t(array.array('i').pop); t(a.remove, 9); t(a.index, 9); t(a.__setitem__, slice(0,2), [1,2]); t(a.__add__, [1]); t(a.__add__, array.array('b')); t(a.extend, array.array('b')); t(a.extend, 5); t(a.fromlist, (1,)); t(a.tounicode); t(a.frombytes, b'abc'); t(a.__iadd__, [1]); t(a.__setitem__, slice(0,2), array.array('b', [1]))
t(a.__getitem__, 'x'); t(a.insert, 'x', 1); t(a.__setitem__, 0, 'x'); t(a.frombytes, 'x'); t(a.fromunicode, 'x'); t(a.index, 1, 5); t(a.__setitem__, slice(0, 3, 2), array.array('i', [1]))
t(array.array('u', 'ab').fromunicode, 5); t(a.byteswap, 1); t(a.append)
print(repr(array.array('f', [1.5, 0.1])), repr(array.array('d')), repr(array.array('u', 'hé')), array.array('B', b'ab'))
a = array.array('h', range(10))
print(a[2], a[-1], a[2:5], a[::-1], a[::3], a[100:], len(a), 5 in a, 50 in a, a.count(3), a.index(4), a.index(4, 2, 8))
a[0] = 100; a[-1] = -5; a[1:3] = array.array('h', [7, 7, 7]); print(a)
del a[0]; del a[::2]; print(a); del a[1:3]; print(a)
a.append(9); a.extend([1, 2]); a.extend(array.array('h', [3])); a.insert(0, 42); a.insert(-100, 41); a.insert(100, 43); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a); a.remove(7); print(a); a.reverse(); print(a)
b = a.tobytes(); print(b); c = array.array('h'); c.frombytes(b); print(c == a, c != a, c < a, c + a, c * 2, 2 * c, c * 0, c * -1)
c.byteswap(); print(c); c.byteswap(); print(c.tolist()); c.fromlist([1, 2]); print(c)
c += array.array('h', [5]); print(c); c *= 2; print(c)
print(a.typecode, a.itemsize, array.array('d').itemsize, array.array('u').itemsize, array.array('Q').itemsize)
u = array.array('u', 'hello'); u.fromunicode(' world'); print(u, u.tounicode(), u[1], u[::2], list(u)[:3])
print(list(array.array('f', [0.5, 0.25])), array.array('d', [1.5]) == array.array('f', [1.5]), array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [1, 2]) <= array.array('i', [1]))
print(array.array('i', [1]) == [1], sorted(array.array('i', [3, 1, 2])), sum(array.array('d', [1.5, 2.5])), array.array('i', [5, 6]).__copy__())
class A(array.array): pass
x = A('i', [1, 2]); print(x, type(x[0:1]).__name__, x + x)
big = array.array('b', b'\x01' * 5); big[1:4] = array.array('b'); print(big)
z = array.array('i', range(6)); z[::2] = array.array('i', [9, 9, 9]); print(z); del z[::-2]; print(z)
print(array.ArrayType is array.array)

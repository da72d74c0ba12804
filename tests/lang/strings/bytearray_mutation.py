# bytearray in-place mutation: item and slice assignment/deletion, append, extend, pop,
# insert, remove, clear, copy, reverse, += and *=, with their errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

b = bytearray(b'hello')
b[0] = 72
b[-1] = ord('O')
print(b)
b[1:3] = b'EY'
print(b)
b[1:3] = b''
print(b)
b[0:0] = b'>>'
print(b)
b[len(b):] = [33, 63]
print(b)
b[::2] = b'abcd'
print(b)
b[3:1] = b'XY'
print(b)
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[::-2]
print(b)
b[:] = b
print(b)
b[:] = range(65, 70)
print(b)
b[::-1] = b'vwxyz'
print(b)
t(lambda: b.__setitem__(10, 1))
t(lambda: b.__setitem__(0, 256))
t(lambda: b.__setitem__(0, -1))
t(lambda: b.__setitem__(0, 'a'))
t(lambda: b.__setitem__('a', 1))
t(lambda: b.__setitem__(slice(0, 1), 1))
t(lambda: b.__setitem__(slice(0, 1), 'a'))
t(lambda: b.__setitem__(slice(0, 1), [300]))
t(lambda: b.__setitem__(slice(None, None, 2), b'xyz1234'))
t(lambda: b.__delitem__(10))
t(lambda: b.__delitem__('x'))

c = bytearray()
c.append(1)
c.append(255)
c.extend(b'ab')
c.extend([3, 4])
c.extend(bytearray(b'z'))
c.extend(iter(range(5, 7)))
c.extend(c)
print(c)
print(c.pop(), c.pop(0), c.pop(-2), c)
c.insert(0, 9)
c.insert(-1, 8)
c.insert(100, 7)
c.insert(-100, 6)
print(c)
c.remove(97)
print(c)
c.reverse()
print(c, c.copy(), c.copy() is c, type(c.copy()).__name__)
c.clear()
print(c, len(c))
t(lambda: c.pop())
t(lambda: bytearray(b'a').pop(5))
t(lambda: bytearray(b'ab').pop('a'))
t(lambda: bytearray(b'a').remove(5))
t(lambda: bytearray(b'a').remove(256))
t(lambda: bytearray(b'a').append(256))
t(lambda: bytearray(b'a').append('a'))
t(lambda: bytearray(b'a').append())
t(lambda: bytearray(b'a').extend(1))
t(lambda: bytearray(b'a').extend('ab'))
t(lambda: bytearray(b'a').extend([256]))
t(lambda: bytearray(b'a').insert(5, 256))
t(lambda: bytearray(b'a').insert('a', 1))
t(lambda: bytearray(b'a').insert(1))
t(lambda: bytearray(b'a').clear(1))
t(lambda: bytearray(b'a').reverse(1))
t(lambda: bytearray(b'a').copy(1))

d = bytearray(b'ab')
e = d
d += b'cd'
print(d, e, d is e)
d += bytearray(b'!')
d *= 2
print(d, e is d)
t(lambda: d.__iadd__(d))
print(d)
t(lambda: d.__iadd__('x'))
t(lambda: d.__iadd__(1))
f = bytearray(b'xy')
f *= 0
print(f, len(f))
g = bytes(b'ab')
h = g
g += b'c'
print(g, h, g is h)

# An empty value assigned to an extended slice deletes it (CPython quirk); the slice's
# step is checked before the value is converted.
x = bytearray(b'abcdefgh')
x[::2] = b''
print(x)
x[::-1] = bytearray()
print(x)
t(lambda: x.__setitem__(slice(None, None, 0), 300))
t(lambda: x.__setitem__(slice(None, None, 2), b'xyz'))
t(lambda: x.__setitem__(10**20, 300))
t(lambda: x.__setitem__(100, 300))
x = bytearray(b'abc')
x[5:1] = b'Z'
print(x)

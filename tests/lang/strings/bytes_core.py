# bytes/bytearray construction, repr, indexing, slicing, operators, comparison, hashing,
# containment and iteration.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

t(lambda: bytes())
t(lambda: bytes(3))
t(lambda: bytes([65, 66, 255]))
t(lambda: bytes((1, 2)))
t(lambda: bytes(iter([104, 105])))
t(lambda: bytes(range(3)))
t(lambda: bytes(b'abc'))
t(lambda: bytes(bytearray(b'xy')))
t(lambda: bytes('caf\xe9', 'utf-8'))
t(lambda: bytes('caf\xe9', encoding='latin-1'))
t(lambda: bytes('\xe9', 'ascii', 'replace'))
t(lambda: bytes(-1))
t(lambda: bytes('a'))
t(lambda: bytes(1.5))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(['a']))
t(lambda: bytes([1.5]))
t(lambda: bytes(10**20))
t(lambda: bytes(2**62))
t(lambda: bytes(b'a', 'utf-8'))
t(lambda: bytes(1, 'a'))
t(lambda: bytes('a', 'foo'))
t(lambda: bytes('a', 1))
t(lambda: bytes('a', 'utf-8', 1))
t(lambda: bytes(errors='x'))
t(lambda: bytes(encoding='x'))
t(lambda: bytes('a', errors='strict'))
t(lambda: bytes(b'a', errors='strict'))
t(lambda: bytes(x=1))
t(lambda: bytes(1, 2, 3, 4))

class B:
    def __bytes__(self):
        return b'from-dunder'

class Bad:
    def __bytes__(self):
        return 'nope'

t(lambda: bytes(B()))
t(lambda: bytes(Bad()))
t(lambda: bytearray())
t(lambda: bytearray(2))
t(lambda: bytearray(b'ab'))
t(lambda: bytearray([1, 2]))
t(lambda: bytearray('\xe9', 'utf-8'))
t(lambda: bytearray(-1))
t(lambda: bytearray('a'))
t(lambda: bytearray(1.5))
t(lambda: bytearray([300]))
t(lambda: bytearray(['a']))
t(lambda: bytearray(b'a', 'utf-8'))
t(lambda: bytearray(errors='x'))
t(lambda: bytearray('\xe9', 'ascii'))

for b in [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\\', b'\t\n\r\x00\x7f\x80\xff', b' ~']:
    print(repr(b), repr(bytearray(b)), str(b), len(b))

class BA(bytearray):
    pass

class BS(bytes):
    pass

print(repr(BA(b'x')), repr(BS(b'y')), type(BS(b'y')[0:1]).__name__, type(BA(b'z')[:]).__name__)

for b in [b'hello', bytearray(b'hello')]:
    print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-100:2], b[4:1:-1])
    t(lambda: b[5])
    t(lambda: b[-6])
    t(lambda: b['a'])
    t(lambda: b[1.0])
    t(lambda: b[10**20])
    t(lambda: b[::0])

t(lambda: b'ab' + b'cd')
t(lambda: b'ab' + bytearray(b'cd'))
t(lambda: bytearray(b'ab') + b'cd')
t(lambda: b'ab' + 'cd')
t(lambda: b'ab' + 1)
t(lambda: 'ab' + b'cd')
t(lambda: bytearray(b'a') + 'b')
t(lambda: b'ab' * 3)
t(lambda: 2 * b'ab')
t(lambda: bytearray(b'ab') * 2)
t(lambda: b'ab' * -1)
t(lambda: b'ab' * 'a')
t(lambda: b'a' * 10**18)
t(lambda: b'a' * 10**19)
t(lambda: b'ab' * 2**62)

for a, b in [(b'a', b'b'), (b'a', b'a'), (b'ab', b'a'), (b'', b'\x00'), (b'\xff', b'\x00'), (b'a', bytearray(b'a'))]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(b'a' == 'a', b'a' != 'a', bytearray(b'x') == b'x')
t(lambda: b'a' < 'a')
t(lambda: b'a' < 1)
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == 0, hash(b'abc') == hash('abc'))
t(lambda: hash(bytearray()))
d = {b'k': 1}
print(d[bytes([107])])

t(lambda: 98 in b'abc')
t(lambda: b'bc' in b'abc')
t(lambda: bytearray(b'c') in b'abc')
t(lambda: b'' in b'abc')
t(lambda: 300 in b'abc')
t(lambda: 'a' in b'abc')
t(lambda: 1.5 in b'abc')
t(lambda: 0 in bytearray(b'\x00'))
print(list(b'ab\xff'), list(bytearray(b'xy')), [x for x in b''], sorted(b'cab'), bool(b''), bool(b'\x00'))
it = iter(b'ab')
print(type(it).__name__, next(it), next(it))
t(lambda: next(it))
ba = bytearray(b'abc')
it = iter(ba)
print(next(it))
ba.clear()
t(lambda: next(it))

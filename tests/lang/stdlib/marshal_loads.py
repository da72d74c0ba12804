# marshal.loads: round trips of every data type and version, CPython-made input, and the
# errors for malformed or truncated input.
import marshal

big = 10**30
values = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**63, -2**63, big, -big, 2**100 - 1,
    0.0, -0.0, 1.5, 0.1, 1e100, float('inf'), 1j, 1.5 - 2j,
    '', 'abc', 'hello world', 'é', '\udc80', '\U0001f600', 'x' * 300,
    b'', b'\x00\xff', bytearray(b'x'),
    (), (1,), (1, (2, (3,))), tuple(range(300)), [], [1, [2]], {}, {'a': [1], 2: (3,)},
    set(), frozenset(), {1, 2}, frozenset({(1, 2), 'x'}),
]
for version in range(5):
    bad = []
    for v in values:
        back = marshal.loads(marshal.dumps(v, version))
        if back != v or type(back) is not (bytes if type(v) is bytearray else type(v)):
            bad.append(v)
    print('version', version, 'mismatches', bad)
x = float('nan')
print(marshal.loads(marshal.dumps(x)))
print(repr(marshal.loads(marshal.dumps(-0.0))), repr(marshal.loads(marshal.dumps(-0.0, 0))))

# shared and recursive structures come back shared / recursive
shared = [1]
t = marshal.loads(marshal.dumps((shared, shared)))
print(t, t[0] is t[1])
l = []
l.append(l)
back = marshal.loads(marshal.dumps(l))
print(back, back[0] is back)
d = {}
d['me'] = d
back = marshal.loads(marshal.dumps(d))
print(back, back['me'] is back)

# input as CPython writes it, from bytes, bytearray and memoryview; trailing bytes ignored
for data in [b'N+', bytearray(b'\xe9\x05\x00\x00\x00'), memoryview(b'\xda\x03abc'),
             b'\xa9\x02\xe9\x05\x00\x00\x00r\x00\x00\x00\x00', b'\xa9\x02r\x00\x00\x00\x00N',
             b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00', b'I\x01\x00\x00\x00\x00\x00\x00\x00',
             b'I\xff\xff\xff\xff\xff\xff\xff\xff', b'a\x02\x00\x00\x00\xffA', b'l\x00\x00\x00\x00',
             b'l\xfe\xff\xff\xff\x01\x00\x02\x00', b'>\x00\x00\x00\x00', b'\xbe\x00\x00\x00\x00',
             b'f\x011', b'f\x03inf', b'x\x011\x02-2', b'z\x02ab', b'Z\x02ab', b't\x01\x00\x00\x00a',
             b'u\x06\x00\x00\x00\xed\xa0\x80\xed\xb0\x80', b'{0', b'{\xe9\x01\x00\x00\x000',
             b'{[\x00\x00\x00\x000', b')\x02NN', b'(\x00\x00\x00\x00', b'\xfb\xe9\x01\x00\x00\x00r\x00\x00\x00\x000',
             b'<\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00']:
    try:
        print(bytes(data), repr(marshal.loads(data)))
    except Exception as e:
        print(bytes(data), type(e).__name__, e)

# malformed and truncated input
cases = [b'', b'i', b'i\x01', b'\x00', b'?', b'c', b'y', b'g\x00\x00', b'N'[:0],
         b'l\x01\x00\x00\x00', b'l\xff\xff\xff\x7f', b'l\x00\x00\x00\x80',
         b'l\x01\x00\x00\x00\x00\x80', b'l\x01\x00\x00\x00\x00\x00', b'l\x02\x00\x00\x00\x00\x80\x01',
         b'r\x00\x00\x00\x00', b'r\xff\xff\xff\xff', b'(\xff\xff\xff\xff', b'(\x01\x00\x00\x00',
         b'(\x05\x00\x00\x00NN', b'(\xff\xff\xff\x7fN?', b')\x05N', b'[\xff\xff\xff\x7f',
         b'[\xff\xff\xff\xff', b'[\x03\x00\x00\x00N', b'<\xff\xff\xff\xff', b'<\x02\x00\x00\x00N',
         b's\xff\xff\xff\x7f', b's\xff\xff\xff\xff', b's\x05\x00\x00\x00ab', b'u\x02\x00\x00\x00\xff\xfe',
         b'u\xff\xff\xff\xff', b't\x03\x00\x00\x00a\xc3', b'a\x05\x00\x00\x00ab', b'z\x05ab', b'Z',
         b'f\x03abc', b'f\x00', b'f\x05ab', b'x\x011', b'0', b'(\x01\x00\x00\x000', b'[\x01\x00\x00\x000',
         b'<\x01\x00\x00\x000', b'{i\x01\x00\x00\x00', b'{\xe9\x01\x00\x00\x00', b'<\x01\x00\x00\x00[\x00\x00\x00\x00',
         b'{[\x00\x00\x00\x00N0', b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00', b'\xa9\x01\xa9\x01r\x05\x00\x00\x00',
         b'\xe9', b'\xe7\x00\x00\x00']
for data in cases:
    try:
        print(data, repr(marshal.loads(data)))
    except Exception as e:
        print(data, type(e).__name__, e)

for bad_arg in ['abc', 1, None, [1]]:
    try:
        marshal.loads(bad_arg)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: marshal.loads(), lambda: marshal.loads(b'N', b'N'), lambda: marshal.dumps(),
             lambda: marshal.dumps(1, 2, 3), lambda: marshal.dumps(1, 'x'), lambda: marshal.dumps(1, 2**70),
             lambda: marshal.loads(data=b'N'), lambda: marshal.dumps(1, version=2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
class T(tuple):
    pass
class L(list):
    pass
class I(int):
    pass
for v in [S('a'), T(), L(), I(3), object(), int, print, (1, object()), [1, [2, {3: len}]],
          {1: range(3)}, {frozenset({slice(1)})} if False else 1j.real.__class__, iter([])]:
    try:
        print(marshal.dumps(v).hex())
    except Exception as e:
        print(type(e).__name__, e)


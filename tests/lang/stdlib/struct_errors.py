import struct
def t(f, *a):
    try: r = f(*a)
    except Exception as e: r = type(e).__name__+': '+str(e)
    print(r)
for o in '@<>':
    t(struct.pack, o+'I', 2**32); t(struct.pack, o+'L', 2**32); t(struct.pack, o+'H', 70000); t(struct.pack, o+'Q', 2**64)
    t(struct.pack, o+'c', b'ab'); t(struct.pack, o+'c', 'a'); t(struct.pack, o+'c', 1); t(struct.pack, o+'s', 'a'); t(struct.pack, o+'p', 1)
    t(struct.pack, o+'f', 'x'); t(struct.pack, o+'f', 1e300); t(struct.pack, o+'e', 1e10); t(struct.pack, o+'d', 10**400)
    t(struct.pack, o+'?', []); t(struct.pack, o+'e', 65520.0); t(struct.pack, o+'e', 65519.0)
t(struct.pack, 'ii', 1); t(struct.pack, 'i', 1, 2); t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', 'abcd')
t(struct.unpack_from, 'i', b'0123456789', 8); t(struct.unpack_from, 'i', b'0123456789', -11); t(struct.unpack_from, 'i', b'0123456789', -3)
ba = bytearray(10)
t(struct.pack_into, 'i', ba, 8, 1); t(struct.pack_into, 'i', ba, -3, 1); t(struct.pack_into, 'i', ba, -11, 1); t(struct.pack_into, 'i', b'x'*10, 0, 1)
t(struct.iter_unpack, 'i', b'abcde'); t(struct.iter_unpack, '', b'');t(struct.calcsize, 'z'); t(struct.calcsize, '3'); t(struct.calcsize, '99999999999999999999i'); t(struct.calcsize, '9999999999999999999i')
t(struct.Struct, 1); t(struct.calcsize, 'i i'); t(struct.calcsize, '3 i'); t(struct.calcsize, ' 3i'); t(struct.calcsize, '<i\0')
t(struct.unpack, '<i', bytearray(b'abcd'))
s = struct.Struct('<ih'); print(s.format, s.size); print(repr(s)[:20])
t(struct.pack, 'i', True); t(struct.pack, 'b', 300)
class X:
    def __index__(self): return 7
t(struct.pack, 'i', X()); t(struct.pack, 'f', X()); t(struct.pack, 'i', 2.0)
print(struct.error, struct.error.__mro__)
import sys; sys.exit(0)
t(struct.unpack_from, 'i', b'0123456789', offset=2); t(struct.unpack_from, 'i', buffer=b'0123456789')
t(struct.pack, '5s', b'ab'); t(struct.pack, '3p', b'abcdef'); t(struct.pack, '300p', b'a'*300); t(struct.unpack, '3p', b'\x05ab')
t(struct.calcsize, 'bxhxxi0qc'); t(struct.pack, 'bxhc0i', 1, 2, b'a')

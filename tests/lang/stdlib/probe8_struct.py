import struct
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for fmt in ['<i', '>I', '!h', '=q', '@Q', 'b', 'B', '?', 'e', 'f', 'd', '<3s', 'p', '5p', 'x', '2x', 'c', '<iq', '@iq', '@ci', '>hhl', 'n', 'N', 'P', '0s', '']:
    show(struct.calcsize, fmt)
print(struct.pack('<HhI', 1, -2, 3), struct.pack('>d', 1.5), struct.pack('<e', 0.1), struct.pack('3s', b'abcdef'), struct.pack('5p', b'hi'), struct.pack('?', 5))
print(struct.unpack('<HhI', b'\x01\x00\xfe\xff\x03\x00\x00\x00'), struct.unpack('>f', b'@I\x0f\xdb'), struct.unpack('2c', b'ab'), struct.unpack('5p', b'\x02hixx'))
show(struct.pack, 'b', 200); show(struct.pack, 'B', -1); show(struct.pack, '<h', 70000); show(struct.pack, 'i', 'x'); show(struct.pack, 'i', 1.5)
show(struct.pack, 'ii', 1); show(struct.pack, 'i', 1, 2); show(struct.unpack, 'i', b'\x00'); show(struct.pack, 'z', 1); show(struct.pack, 'c', b'ab')
show(struct.pack, 's', 'str'); show(struct.pack, '<Q', -1); show(struct.pack, 'e', 1e10); show(struct.pack, 'f', 1e300); show(struct.unpack, '<i', bytearray(b'\x01\x00\x00\x00'))
show(struct.pack, '?', []); show(struct.pack, '3x'); show(struct.unpack, '>', b''); show(struct.pack, '<i', 2**31); show(struct.pack, '>l', -2**31 - 1)
s = struct.Struct('<2sHf')
print(s.format, s.size, s.pack(b'ok', 7, 2.5), s.unpack(s.pack(b'ok', 7, 2.5)), repr(s).split(' object')[0] if ' object' in repr(s) else repr(s))
buf = bytearray(12)
struct.pack_into('<ii', buf, 4, 1, 2); print(buf, struct.unpack_from('<i', buf, 8), struct.unpack_from('<i', buf, offset=4))
show(struct.pack_into, '<i', buf, 10, 1); show(struct.unpack_from, '<i', buf, 10); show(struct.unpack_from, '<i', buf, -20)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack('<?', b'\x02'))
show(struct.iter_unpack, '<h', b'\x01'); show(lambda: list(struct.iter_unpack('x0s', b'')))
recs = [(1, b'alice', 3.5), (2, b'bob', -1.25)]
blob = b''.join(struct.pack('<I8sd', *r) for r in recs)
print(len(blob), [(i, n.rstrip(b'\0').decode(), v) for i, n, v in struct.iter_unpack('<I8sd', blob)])
print(struct.pack('>q', -2), struct.unpack('<q', struct.pack('<q', -2**63)), struct.pack('!?x?', True, False))

b = b'Hello, World'
print(b.upper(), b.split(b', '), b.replace(b'l', b'L', 2), b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'))
print(b[0], b[-1:], b[::2], list(b[:3]), b.startswith((b'He', b'x')), b.hex(), bytes.fromhex('48 65'), b.center(16, b'*'))
print(b'  x  '.strip(), b'xxhixx'.strip(b'x'), b'a,b,,c'.split(b','), b'a b  c'.split(), b'line1\nline2\r\n'.splitlines(), b'abc'.partition(b'b'))
print(b'%s=%d %05.1f %x %r' % (b'k', 5, 3.14159, 255, b'q'), b'ab' * 3, b'-'.join([b'a', b'b']), b'abc' < b'abd', b'\x00\xff'.isalnum())
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba[0] = 65; ba += b'!'; del ba[1]
print(ba, ba.pop(), ba, ba.decode(), bytes(ba), ba.reverse(), ba, ba * 2, len(ba))
for bad in [lambda: b'a' + 'b', lambda: ba.append(256), lambda: bytes([300]), lambda: b'abc'.index(b'z'), lambda: bytes('x'), lambda: bytearray(-1), lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'), lambda: b'x'[5]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print('é☃'.encode(), 'é'.encode('latin-1'), 'x\u2603'.encode('ascii', 'replace'), 'x\u2603'.encode('ascii', 'xmlcharrefreplace'), 'x\u2603'.encode('ascii', 'backslashreplace'), 'ab'.encode('utf-16'), 'ab'.encode('utf-16-le'))
print(b'\xe9t\xe9'.decode('latin-1'), b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'), b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print(int.from_bytes(b'\x01\x00', 'little'), (258).to_bytes(2, 'big'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
m = memoryview(b'abcdef')
print(m[1:3].tobytes(), m[0], m.nbytes, bytes(m[::2]), m.hex(), m.tolist()[:3])
print(bytes(range(65, 70)), bytearray.fromhex('ff00'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'Hi There'.swapcase(), b'hello world'.title(), b'a\tb'.expandtabs(4))

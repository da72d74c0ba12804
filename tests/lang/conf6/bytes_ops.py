def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
b = b"Hello World"
t(lambda: b[0]); t(lambda: b[-1:]); t(lambda: b[::2]); t(lambda: b.upper()); t(lambda: b.split()); t(lambda: b.hex()); t(lambda: b.hex(':', 2)); t(lambda: bytes.fromhex('41 42 43')); t(lambda: bytes.fromhex('4'))
t(lambda: bytes(3)); t(lambda: bytes(-1)); t(lambda: bytes([256])); t(lambda: bytes('abc')); t(lambda: bytes('abc', 'ascii')); t(lambda: bytes(range(3)))
t(lambda: b'a' + 'b'); t(lambda: b'a' * 3); t(lambda: b'abc'.find(b'c')); t(lambda: b'abc'.find(99)); t(lambda: 99 in b'abc'); t(lambda: b'c' in b'abc'); t(lambda: 'c' in b'abc'); t(lambda: 300 in b'abc')
t(lambda: b'%s %d %x' % (b'x', 5, 255)); t(lambda: b'%s' % 'str'); t(lambda: b'%r' % 'x'); t(lambda: b'%a' % 'é'); t(lambda: b'%c' % 65); t(lambda: b'%c' % b'A')
ba = bytearray(b'abc')
ba[0] = 65; ba.append(68); ba.extend(b'EF'); ba += b'G'
t(lambda: ba); t(lambda: ba.pop()); t(lambda: ba.pop(0)); t(lambda: ba.insert(0, 122)); t(lambda: ba); t(lambda: ba.remove(200)); t(lambda: ba.reverse()); t(lambda: ba)
t(lambda: ba.__setitem__(0, 256)); t(lambda: ba.__setitem__(slice(0, 2), b'xyz')); t(lambda: ba); t(lambda: ba.__delitem__(slice(None, None, 2))); t(lambda: ba)
t(lambda: bytearray(b'x').decode()); t(lambda: bytearray(5)); t(lambda: bytearray.fromhex('ff00')); t(lambda: bytearray(b'abc') == b'abc'); t(lambda: bytearray(b'a') < b'b')
t(lambda: hash(bytearray())); t(lambda: {bytearray(): 1}); t(lambda: b'abc'.translate(None, b'b')); t(lambda: bytes.maketrans(b'ab', b'xy')); t(lambda: b'a,b'.partition(b','))
t(lambda: b'  x '.strip()); t(lambda: b'abc'.center(7, b'-')); t(lambda: b'abc'.center(7, '-')); t(lambda: b'ab'.join([b'1', b'2'])); t(lambda: b''.join([b'1', '2'])); t(lambda: b'x'.join([bytearray(b'y'), memoryview(b'z')]))
t(lambda: b'abc'.startswith(b'a')); t(lambda: b'abc'.startswith('a')); t(lambda: b'Abc'.swapcase()); t(lambda: b'hello world'.title()); t(lambda: b'1'.isdigit()); t(lambda: b'\xe9'.isalpha())
t(lambda: list(b'ab')); t(lambda: bytes(memoryview(b'abc')[1:])); t(lambda: memoryview(b'abc')[0]); t(lambda: memoryview(b'abc').tolist()); t(lambda: memoryview(bytearray(b'abc')).readonly)
m = memoryview(bytearray(b'abcd')); m[0] = 122
t(lambda: m.tobytes()); t(lambda: m[1:3].tobytes()); t(lambda: len(m)); t(lambda: m.nbytes); t(lambda: m.format); t(lambda: m.itemsize); t(lambda: m.shape)
t(lambda: memoryview(b'x').__setitem__(0, 1)); t(lambda: m.__setitem__(0, b'x')); t(lambda: m == b'zbcd'); t(lambda: m.hex())
t(lambda: int.from_bytes(b'\x00\x01', 'big')); t(lambda: b'\x00'.decode('ascii')); t(lambda: repr(b'\x00\t\n\r\\\'"')); t(lambda: repr(b"'")); t(lambda: repr(b"'\""))
t(lambda: str(bytearray(b'x'))); t(lambda: b'abc' < 'abc'); t(lambda: b'abc' == 'abc')
t(lambda: b'abc'.count(b'')); t(lambda: b'aXbXc'.split(b'X', maxsplit=1)); t(lambda: b'a\nb\r\n'.splitlines()); t(lambda: b'abc'.replace(b'b', b'')); t(lambda: b'%5s|%-5s|' % (b'a', b'b'))
t(lambda: b'x'.decode('utf-8', 'bogus')); t(lambda: b'\xff'.decode('utf-8', 'bogus')); t(lambda: b'abc'.zfill(5)); t(lambda: b'\t'.expandtabs(3)); t(lambda: b'ab'.ljust(4, b'*'))
t(lambda: bytes.fromhex('zz')); t(lambda: b'abc'[5]); t(lambda: bytearray(b'abc')[5]); t(lambda: bytearray(b'abc').index(b'z'))

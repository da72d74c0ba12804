# bytes methods: decode, hex, fromhex, split, join, strip, replace, find, count, upper.
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.strip().split())
print(b'a-b-c'.replace(b'-', b'+'), b'-'.join([b'x', b'y']), b'abcabc'.find(b'c'), b'abcabc'.count(b'b'))
print(b'\xde\xad\xbe\xef'.hex(), bytes.fromhex('deadbeef'), bytes.fromhex('00 ff 10'))
print(b'\x01\x02'.hex('-'), b'abc'.hex())
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'))
print(b'abc'.startswith(b'ab'), b'abc'.endswith(b'bc'), b'abc'.isalpha(), b'123'.isdigit())
print(b'x'.center(5, b'*'), b'7'.zfill(3))
try:
    b'abc'.replace('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
print(b'a,b'.partition(b','), b'hello world'.title())

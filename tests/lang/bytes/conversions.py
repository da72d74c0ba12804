# Converting between bytes, str, int lists and ints.
s = 'naïve'
b = s.encode()
print(b, len(s), len(b))
print(b.decode() == s)
print(list(b'AB'), bytes([72, 105]).decode())
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(2, 'big'))
print(bytes(map(lambda c: c + 1, b'HAL')))
print(sum(b'abc'), max(b'abc'), sorted(b'cab'))
print(bytes(reversed(b'abc')))
print(b'%d' % 5, str(5).encode())
print(hash(b'abc') == hash(b'ab' + b'c'), b'abc' == bytearray(b'abc'))
print(bytes(bytearray(b'z')), bytearray(b'z') == b'z')

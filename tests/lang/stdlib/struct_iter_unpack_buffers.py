# struct.iter_unpack over every kind of buffer (memoryview, array, bytearray, bytes)
import array
import struct

b = bytearray(b'\x01\x00\x02\x00\x03\x00')
f = struct.Struct('<H')
for buf in [b, bytes(b), memoryview(b), memoryview(b)[2:], array.array('H', [7, 8]), memoryview(array.array('h', [-1, 5]))]:
    it = f.iter_unpack(buf)
    print(type(buf).__name__, it.__length_hint__(), list(it), list(struct.iter_unpack('<H', buf)))
it = struct.iter_unpack('<H', memoryview(b))
print(next(it), it.__length_hint__())
for bad in [memoryview(b)[::2], b'abc', 'str']:
    try:
        print(list(f.iter_unpack(bad)))
    except Exception as e:
        print(type(e).__name__, e)
# the iterator reads the buffer as it is at each step (CPython holds a view, no copy)
grow = bytearray(b'\x01\x00\x02\x00')
it = f.iter_unpack(grow)
grow[2] = 9
print(list(it))

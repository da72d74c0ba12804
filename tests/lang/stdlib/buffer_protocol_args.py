# bytes-like arguments: array.array (and subclasses) and memoryviews are accepted wherever
# bytes are (bytes(), bytearray(), hashlib, struct, binascii, file writes, join); the
# errors for non-buffers, strided and released views are CPython's.
from array import array
import hashlib, struct, binascii, io
a = array('h', [1, 2, -3])
print(bytes(a), bytearray(a), a.tobytes() == bytes(a))
print(bytes(array('d', [1.5])))
print(hashlib.sha256(array('i', [7])).hexdigest())
print(hashlib.md5(memoryview(b"abc")).hexdigest())
print(struct.unpack('<3h', a), struct.unpack_from('<h', memoryview(b'\x01\x00')))
print(binascii.hexlify(a), binascii.crc32(array('b', [1, 2])))
b = io.BytesIO(); b.write(a); print(b.getvalue())
print(b"-".join([array('b', [65, 66]), b"C"]))
class A(array):
    pass
print(bytes(A('b', [1, 2])))
for bad in (5, "s", [1], memoryview(b"abcd")[::2]):
    for f in (hashlib.sha256, lambda x: struct.unpack('<h', x), binascii.hexlify, lambda x: io.BytesIO().write(x)):
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e)
m = memoryview(b"ab"); m.release()
try:
    hashlib.sha1(m)
except Exception as e:
    print(type(e).__name__, e)
try:
    hashlib.blake2b(key=array('b', [1, 2]), digest_size=4).hexdigest()
    print(hashlib.blake2b(b"x", key=array('b', [1, 2]), digest_size=4).hexdigest())
except Exception as e:
    print(type(e).__name__, e)

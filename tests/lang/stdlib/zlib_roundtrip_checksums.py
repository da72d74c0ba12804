# zlib: compress/decompress round trips at every level and container, streaming
# compressors with sync/full flushes, and the crc32/adler32 checksums.
import zlib
import random

random.seed(7)
samples = [b'', b'a', b'abc' * 1000, bytes(range(256)) * 40,
           bytes(random.getrandbits(8) for _ in range(20000)),
           ' '.join(str(i * i) for i in range(5000)).encode(), b'\0' * 70000]
for data in samples:
    res = []
    for level in (-1, 0, 1, 5, 6, 9):
        res.append(zlib.decompress(zlib.compress(data, level)) == data)
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        res.append(zlib.decompress(zlib.compress(data, 6, wbits), wbits) == data)
    res.append(zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
    res.append(zlib.decompress(zlib.compress(data), 47) == data)
    print(len(data), all(res), len(zlib.compress(data)) <= len(data) + 11 + len(data) // 1000)

# streaming compression
data = samples[5]
for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_NO_FLUSH):
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    out = []
    for i in range(0, len(data), 3000):
        out.append(c.compress(data[i:i + 3000]))
        out.append(c.flush(mode))
    out.append(c.flush())
    z = b''.join(out)
    print(mode, zlib.decompress(z, -15) == data)
c = zlib.compressobj()
a = c.compress(b'hello ')
s = c.flush(zlib.Z_SYNC_FLUSH)
print(s[-4:], zlib.decompressobj().decompress(a + s))
c2 = c.copy()
print(zlib.decompress(a + s + c.compress(b'world') + c.flush()), zlib.decompress(a + s + c2.compress(b'there') + c2.flush()))

# checksums
for d in (b'', b'a', b'hello world', bytes(range(256)) * 100):
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 12345), zlib.adler32(d, 12345))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))
print(zlib.adler32(b'world', zlib.adler32(b'hello ')) == zlib.adler32(b'hello world'))
print(zlib.crc32(b'x', -1), zlib.adler32(b'x', 2**40 + 5), zlib.crc32(memoryview(b'abc')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE, zlib.ZLIB_VERSION[:2])
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.error.__module__, issubclass(zlib.error, Exception))

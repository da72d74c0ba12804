# zlib: decompressing streams made by the real zlib library (zlib, gzip and raw
# containers, dynamic Huffman blocks), one-shot and chunk by chunk, with trailing data.
import zlib

ZDATA = b'x\xda\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x01G\xa5C\x1c'
GZDATA = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,P(H\xac\xcc\xc9OL\xe1J'\x83\x03\x00\n\xf4\xa2 A\x00\x00\x00"
EXPECT = b'The quick brown fox jumps over the lazy dog. ' * 20
GZEXPECT = b'gzip payload\n' * 5

print(zlib.decompress(ZDATA) == EXPECT, len(zlib.decompress(ZDATA)))
print(zlib.decompress(ZDATA, 15, 1) == EXPECT, zlib.decompress(ZDATA, wbits=47) == EXPECT)
print(zlib.decompress(ZDATA, 0) == EXPECT)
print(zlib.decompress(GZDATA, 31), zlib.decompress(GZDATA, zlib.MAX_WBITS | 32) == GZEXPECT)
print(zlib.decompress(bytearray(ZDATA)) == EXPECT, zlib.decompress(memoryview(ZDATA)) == EXPECT)
raw = zlib.compress(bytes(range(256)) * 3, 1, wbits=-15)
print(zlib.decompress(raw, -15) == bytes(range(256)) * 3)

# chunk by chunk, every split size
for step in (1, 2, 3, 7, 16, 64):
    d = zlib.decompressobj()
    out = b''.join(d.decompress(ZDATA[i:i + step]) for i in range(0, len(ZDATA), step))
    out += d.flush()
    print(step, out == EXPECT, d.eof, d.unused_data, d.unconsumed_tail)

# data after the end of the stream
d = zlib.decompressobj()
print(d.decompress(ZDATA + b'extra') == EXPECT, d.unused_data, d.eof)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj(31)
print(d.decompress(GZDATA[:20]) + d.decompress(GZDATA[20:] + GZDATA[:3]) == GZEXPECT, d.unused_data)
print(zlib.decompress(ZDATA + b'junk') == EXPECT)

# max_length: the rest comes with later calls or flush()
d = zlib.decompressobj()
first = d.decompress(ZDATA, 10)
print(first, d.eof)
rest = d.flush()
print(first + rest == EXPECT, d.eof)
d = zlib.decompressobj()
parts = [d.decompress(ZDATA, 100)]
while not d.eof:
    parts.append(d.decompress(d.unconsumed_tail, 100))
print(len(parts), b''.join(parts) == EXPECT)
dc = zlib.decompressobj()
dc.decompress(ZDATA[:30])
cp = dc.copy()
print((dc.decompress(ZDATA[30:]) == cp.decompress(ZDATA[30:])))

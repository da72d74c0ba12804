# zlib preset dictionaries (zdict) and the Decompress state attributes
import zlib

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

zd = b'the quick brown fox jumps over the lazy dog ' * 3
data = b'the lazy dog and the quick brown fox; the fox jumps over the dog ' * 4

# streams made by the real zlib library with this dictionary
real = bytes.fromhex('78bba16d304c43e124e6a560d36c0d16c462ca3031000062415cc1')
real_raw = bytes.fromhex('43e124e6a560d36c0d16c462ca30310000')
d = zlib.decompressobj(zdict=zd)
print(d.decompress(real) == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj(wbits=-15, zdict=zd)
print(d.decompress(real_raw) == data)
# byte by byte
d = zlib.decompressobj(zdict=zd)
print(b''.join(d.decompress(real[i:i + 1]) for i in range(len(real))) == data, d.eof)

# our own compressor: header names the dictionary, round trip
c = zlib.compressobj(zdict=zd)
comp = c.compress(data) + c.flush()
print(comp[:2].hex(), comp[2:6].hex(), hex(zlib.adler32(zd)))
d = zlib.decompressobj(zdict=zd)
print(d.decompress(comp) == data, d.eof)
print(len(comp) < len(zlib.compress(data)))
c = zlib.compressobj(wbits=-15, zdict=zd)
raw = c.compress(data) + c.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(raw) == data)
c = zlib.compressobj(level=1, zdict=bytearray(zd))
print(zlib.decompressobj(zdict=memoryview(zd)).decompress(c.compress(data) + c.flush()) == data)
c = zlib.compressobj(zdict=zd)
cc = c.copy()
print(zlib.decompressobj(zdict=zd).decompress(cc.compress(b'fox dog') + cc.flush()))

# errors
show(lambda: zlib.decompress(real))
show(lambda: zlib.decompressobj().decompress(real))
show(lambda: zlib.decompressobj(zdict=b'other dict').decompress(real))
show(lambda: zlib.decompressobj(zdict=b'').decompress(real))
show(lambda: zlib.decompressobj(zdict='str'))
show(lambda: zlib.compressobj(zdict='str'))
show(lambda: type(zlib.compressobj(zdict=b'')).__name__)
show(lambda: zlib.compressobj(wbits=31, zdict=zd))
show(lambda: zlib.decompressobj(wbits=31, zdict=zd).decompress(zlib.compress(b'abc', wbits=31)))
show(lambda: zlib.decompressobj(zdict=zd).decompress(zlib.compress(b'plain')))

# max_length, unconsumed_tail, eof, unused_data
payload = bytes(range(256)) * 40
z = zlib.compress(payload, 9) + b'TRAILER'
d = zlib.decompressobj()
out = d.decompress(z, 100)
print(len(out), out == payload[:100], len(d.unconsumed_tail) > 0, d.eof)
rounds = 0
while d.unconsumed_tail and not d.eof and rounds < 100:
    out += d.decompress(d.unconsumed_tail, 1000)
    print(len(out), len(d.unconsumed_tail), d.eof, d.unused_data)
    rounds += 1
out += d.flush()
print(out == payload, d.eof, d.unused_data, d.unconsumed_tail)
show(lambda: zlib.decompressobj().decompress(z, -1))

import gzip, zlib, io, tempfile, os
data = ('line %d: the quick brown fox\n' * 200 % tuple(range(200))).encode()
c = gzip.compress(data, mtime=0)
print(c[:4], gzip.decompress(c) == data, len(c) < len(data))
with tempfile.TemporaryDirectory() as td:
    fn = os.path.join(td, 'x.txt.gz')
    with gzip.open(fn, 'wt', encoding='utf-8') as f:
        f.write('héllo\nwörld\n')
    with gzip.open(fn, 'rt', encoding='utf-8') as f:
        print(f.readlines())
    with gzip.open(fn, 'rb') as f:
        print(f.read(3), f.tell())
    with open(fn, 'wb') as f:
        f.write(b'not gzip at all')
    try:
        with gzip.open(fn) as f:
            f.read()
    except gzip.BadGzipFile as e:
        print(type(e).__name__, e)
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, -15) == data, zlib.decompress(zlib.compress(data, 1)) == data)
d = zlib.decompressobj(16 + zlib.MAX_WBITS)
print(d.decompress(c[:50]) + d.decompress(c[50:]) == data, d.eof)
chunks = []
d = zlib.decompressobj()
z = zlib.compress(data)
for i in range(0, len(z), 64):
    chunks.append(d.decompress(z[i:i + 64], 256))
    while d.unconsumed_tail:
        chunks.append(d.decompress(d.unconsumed_tail, 256))
chunks.append(d.flush())
print(b''.join(chunks) == data, max(len(x) for x in chunks) <= 256, d.eof)
for bad in [b'', b'x\x9c', zlib.compress(b'abc')[:-1], b'\x78\x9c\xff\xff']:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(type(e).__name__, e)
print(zlib.crc32(b'a') , zlib.crc32(b'b', zlib.crc32(b'a')) == zlib.crc32(b'ab'), zlib.adler32(b''), zlib.ZLIB_VERSION[:2], zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    g.write(b'abc' * 10)
print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())

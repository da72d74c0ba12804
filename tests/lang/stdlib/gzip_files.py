# gzip: writing and reading .gz files (binary and text mode, file objects, multiple
# members), one-shot compress/decompress, and the errors of bad or truncated data.
import gzip
import io
import os
import tempfile
import zlib

REAL = b'\x1f\x8b\x08\x08\x00\xf1Se\x02\xffnotes.txt\x00\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\xca@b\x03\x00\xaa \x17\n\x18\x00\x00\x00'
print(gzip.decompress(REAL))
f = gzip.GzipFile(fileobj=io.BytesIO(REAL))
print(f.mtime)  # None until a read has seen the header
print(f.read(), f.mtime, f.mode == gzip.READ)

text = "line one\nline two: é\nlast line\n" * 3
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt.gz')
with gzip.open(path, 'wt', encoding='utf-8') as f:
    print(f.write(text))
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(f.read() == text)
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print([line.rstrip('\n') for line in f][:4])
with gzip.open(path) as f:
    print(f.readline(), f.read(5), f.tell(), f.readlines()[-1])
    f.seek(0)
    print(f.read1(4), f.peek(1)[:4])
with open(path, 'rb') as raw:
    head = raw.read(10)
print(head[:4], head[9], zlib.decompress(open(path, 'rb').read(), 31) == text.encode())

bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0, filename='x.gz') as g:
    g.write(b'abc')
    g.write(bytearray(b'def'))
    g.write(memoryview(b'ghi'))
    print(g.tell(), g.writable(), g.readable())
data = bio.getvalue()
print(data[:10], data[10:12], gzip.decompress(data), zlib.decompress(data, 47))
print(gzip.decompress(data + data + b'\0\0\0'), gzip.decompress(b''))

for mt in (0, 1234567890):
    c = gzip.compress(b'payload ' * 50, mtime=mt)
    print(c[:10], gzip.decompress(c) == b'payload ' * 50)
print(gzip.compress(b'x', 1, mtime=0)[8], gzip.compress(b'x', 5, mtime=7)[4:10])
big = os.urandom(1000) + b'z' * 100000
print(gzip.decompress(gzip.compress(big)) == big)

for bad in (b'xx', b'\x1f\x8b\x07' + b'\0' * 20, gzip.compress(b'abc', mtime=0)[:-3],
            gzip.compress(b'abc', mtime=0)[:-8] + b'\0' * 8,
            gzip.compress(b'abc', mtime=0)[:-4] + b'\x09\0\0\0', gzip.compress(b'a', mtime=0) + b'junk'):
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
try:
    gzip.open(path, 'rbt')
except ValueError as e:
    print(type(e).__name__, e)
try:
    gzip.open(path, 'rb', encoding='utf-8')
except ValueError as e:
    print(type(e).__name__, e)
try:
    gzip.open(123.5)
except TypeError as e:
    print(type(e).__name__, e)
g = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    g.read()
except OSError as e:
    print(type(e).__name__, e)
g.close()
try:
    g.write(b'x')
except ValueError as e:
    print(type(e).__name__, e)
r = gzip.GzipFile(fileobj=io.BytesIO(REAL))
try:
    r.write(b'x')
except OSError as e:
    print(type(e).__name__, e)
os.remove(path)
os.rmdir(d)

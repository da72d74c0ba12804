# not in the image: files (tempfile, open)
# gzip.GzipFile read side streams through an io.BufferedReader (_buffer) over _GzipReader: peek/read1/readinto/seek (SEEK_END, backwards)/mtime/multi-member as CPython
import gzip, io, os
import tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'conf.gz')
with gzip.GzipFile(p, 'wb', mtime=123456) as f:
    print(type(f).__name__, f.mode, f.name == p, f.writable(), f.readable(), f.seekable())
    f.write(b'hello world\n' * 50)
    print(f.tell())
with gzip.GzipFile(p, 'rb') as f:
    print(f.mode, f.name == p, f.mtime, f.readable(), f.seekable(), f.writable())
    print(f.peek(5)[:5])
    print(f.read1(7))
    b = bytearray(10)
    print(f.readinto(b), bytes(b))
    print(f.readline())
    print(f.mtime, f.tell())
    print(f.seek(0), f.read(5), f.seek(3, 1), f.read(3))
    print(isinstance(f.fileno(), int))
    print(hasattr(f, '_buffer'), hasattr(f, 'fileobj'), f.closed)
    print(f.read1(), f.read1())
    print(f.readinto1(bytearray(3)) if hasattr(f, 'readinto1') else 'no')
print(f.closed)
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0) as g:
    g.write(b'abc')
    print(g.name, repr(g.mode))
data = bio.getvalue()
print(data[:10], len(data))
g = gzip.GzipFile(fileobj=io.BytesIO(data))
print(repr(g.name), g.mode, g.read(), g.mtime)
print(repr(g)[:6], repr(g).count("0x"))
try:
    g.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
g.close()
try:
    g.read()
except Exception as e:
    print(type(e).__name__, e)
print(gzip.decompress(gzip.compress(b'xyz', mtime=0)), gzip.compress(b'xyz', mtime=0))
try:
    gzip.decompress(b'notgzip')
except Exception as e:
    print(type(e).__name__, e)
with gzip.open(p, 'rt', encoding='utf-8') as t:
    print(type(t).__name__, t.readline())
with gzip.open(p, 'ab') as f:
    print(f.mode)
    f.write(b'more')
with gzip.open(p) as f:
    print(len(f.read()))
print([n for n in ('BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress', 'READ', 'WRITE') if hasattr(gzip, n)])
print(gzip.BadGzipFile.__mro__)
with gzip.GzipFile(p) as f:
    print(list(f)[:2], f.readlines())
    print(f.raw if hasattr(f, 'raw') else 'noraw')
os.remove(p); os.rmdir(d)
import gzip, io, zlib, struct
def gz(data, mtime=7):
    return gzip.compress(data, mtime=mtime)
big = b''.join(b'line %d %s\n' % (i, b'x' * (i % 37)) for i in range(20000))
blob = gz(big) + gz(b'second member\n', 9) + b'\0\0\0\0' + gz(b'third', 11)
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
print(f.mtime)
print(f.readline(), f.mtime)
print(f.seek(100), f.read(10), f.tell())
print(f.seek(50), f.read(10))
print(f.seek(-5, 2), f.read(), f.mtime)
print(f.seek(-30, 1), f.read(12))
f.seek(0)
lines = f.readlines()
print(len(lines), lines[-2:], f.mtime)
f.rewind()
print(f.read1(5), len(f.peek(3)) > 0)
n = 0
for line in f:
    n += 1
print(n)
print(f.read(), f.read(10))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
for bad in (gz(b'abc')[:-3], gz(b'abc')[:15], b'\x1f\x8b\x08\x00' + b'\0' * 6, b'NOTGZ' * 3):
    try:
        print(gzip.GzipFile(fileobj=io.BytesIO(bad)).read())
    except Exception as e:
        print(type(e).__name__, e)
c = bytearray(gz(b'hello'))
c[-8] ^= 1
try:
    gzip.GzipFile(fileobj=io.BytesIO(bytes(c))).read()
except Exception as e:
    print(type(e).__name__, str(e)[:16])
c = bytearray(gz(b'hello'))
c[-1] ^= 1
try:
    gzip.GzipFile(fileobj=io.BytesIO(bytes(c))).read()
except Exception as e:
    print(type(e).__name__, e)
class NoSeek(io.RawIOBase):
    def __init__(self, d): self.d = d
    def readable(self): return True
    def readinto(self, b):
        k = min(len(b), 1000, len(self.d)); b[:k] = self.d[:k]; self.d = self.d[k:]; return k
g = gzip.GzipFile(fileobj=io.BufferedReader(NoSeek(blob)))
print(g.seekable(), len(g.read()), g._buffer.raw.seekable())
t = io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(gz('héllo\nwörld\n'.encode()))), encoding='utf-8')
print(t.readlines())
b = bytearray(4)
g = gzip.GzipFile(fileobj=io.BytesIO(gz(b'0123456789')))
print(g.readinto(b), b, g.readinto1(b), b)
print(gzip.decompress(blob)[-20:])

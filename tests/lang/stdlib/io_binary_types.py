# not in the image: files
# io: open() in binary mode gives BufferedReader/BufferedWriter/BufferedRandom (FileIO with
# buffering=0): types, reprs, .raw, peek/read1/readinto/readinto1, detach, modes.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.bin')
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
with open(p, 'wb') as f:
    print(type(f).__name__, type(f).__module__, repr(f).replace(d, 'D'), f.mode)
    print(type(f.raw).__name__, repr(f.raw).replace(d,'D'), f.raw.mode, f.raw.closefd)
    print(f.write(b'hello\nworld\n'), f.tell())
    show(f.read)
    show(getattr, f, "peek")
    show(f.readable); show(f.writable); show(f.seekable)
    print(hasattr(f, 'encoding'), hasattr(f,'buffer'))
f = open(p, 'rb')
if 1:
    print(type(f).__name__, repr(f).replace(d, 'D'), f.mode, f.name == p)
    print(f.peek()[:5], f.tell())
    print(f.read1(3), f.tell())
    print(f.read1(), f.tell())
    f.seek(0)
    b = bytearray(4)
    print(f.readinto(b), b, f.tell())
    print(f.readinto1(b), b)
    m = memoryview(bytearray(20))
    print(f.readinto(m), bytes(m))
    print(f.readinto(bytearray(5)))
    show(f.write, b'x')
    print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(2, 1), f.read(2))
    show(f.seek, 0, 5)
    show(f.readinto, b'abc')
    r = f.detach()
    print(type(r).__name__, repr(r).replace(d,'D'), r.closed)
    show(lambda: f.closed)
    show(f.read)
    show(repr, f)
    print(r.read(), r.tell())
    r.close()
for mode in ('ab', 'r+b', 'w+b', 'a+b', 'xb'):
    try:
        with open(p if mode != 'xb' else p + 'x', mode) as f:
            print(mode, type(f).__name__, f.mode, f.raw.mode, type(f.raw).__name__)
    except Exception as e:
        print(type(e).__name__)
with open(p, 'r+b') as f:
    print(f.read(3), f.write(b'XY'), f.tell(), f.peek(2)[:2])
    f.seek(0)
    print(f.read())
f = open(p, 'rb', buffering=0)
print(type(f).__name__, repr(f).replace(d, 'D'), f.mode, f.closefd)
print(f.read(3), f.readall(), f.read(), f.tell())
show(getattr, f, 'peek'); show(getattr, f, 'read1'); show(getattr, f, 'raw')
f.seek(0); b = bytearray(3); print(f.readinto(b), b)
f.close(); print(repr(f).replace(d, 'D')); show(f.read)
f = open(p, 'wb', buffering=0); print(f.write(b'abc'), f.mode); show(f.read); f.close()
f = open(p, 'rb'); f.close(); print(repr(f).replace(d,'D')); show(f.read); show(f.peek); show(f.read1); show(lambda: f.raw)
show(open, p, 'r', 0)
with open(p) as t:
    print(type(t.buffer).__name__, repr(t.buffer).replace(d,'D'), type(t.buffer.raw).__name__, t.buffer.raw.mode, t.buffer.mode)
    print(t.buffer.peek(2)[:2], t.buffer.read1(2))
with open(p, 'w+') as t:
    print(type(t.buffer).__name__, t.buffer.mode, t.buffer.raw.mode)
fw = open(p, "wb"); show(getattr, fw, "peek"); show(fw.read1); show(fw.readinto, bytearray(2)); fw.close()
f = open(p, 'wb', buffering=0); show(f.readinto, bytearray(2)); f.close()
print(isinstance(open(p,'rb'), io.BufferedReader), isinstance(open(p,'rb',buffering=0), io.FileIO), isinstance(open(p,'rb',buffering=0), io.RawIOBase))
print(io.FileIO.__name__, type(open(p, 'rb')).__module__, issubclass(type(open(p, 'rb')), io.BufferedIOBase))
os.remove(p); os.remove(p + 'x'); os.rmdir(d)

# not in the image: files
# io: binary files as programs use them: line iteration, pickle/struct/shutil/gzip over
# them, .buffer of text files and standard streams, buffering arguments.
import io, os, sys, pickle, struct, shutil, tempfile, gzip, hashlib
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.bin')
q = os.path.join(d, 'b.bin')
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
with open(p, 'wb') as f:
    f.write(struct.pack('<3i', 1, 2, 3))
    f.write(b'line1\nline2\r\nline3')
    pickle.dump({'a': [1, 2]}, f)
with open(p, 'rb') as f:
    print(struct.unpack('<3i', f.read(12)))
    print(f.readline(), f.readline(), f.read(5))
    print(pickle.load(f))
    print(f.read(), f.tell())
with open(p, 'rb') as f:
    print([len(x) for x in f])
with open(p, 'rb') as src, open(q, 'wb') as dst:
    shutil.copyfileobj(src, dst, 7)
    print(dst.tell(), src.tell())
with open(q, 'rb') as f:
    print(hashlib.sha256(f.read()).hexdigest()[:16])
with open(p, 'ab') as f:
    print(f.tell(), f.write(b'END'), f.tell(), f.mode)
    show(f.seek, 0)
    print(f.write(b'!'))
with open(p, 'rb') as f:
    print(f.read()[-5:])
with open(p, 'r+b') as f:
    f.seek(4)
    f.write(b'\xff\xff')
    f.seek(0)
    print(f.read(8), f.peek(1)[:1], f.read1(2))
    print(f.truncate(10), f.tell())
    f.seek(0, 2)
    print(f.tell())
with gzip.open(q + '.gz', 'wb') as g:
    g.write(b'compressed ' * 5)
with open(q + '.gz', 'rb') as f:
    raw = f.read()
    print(raw[:2], gzip.decompress(raw))
with open(p, 'w') as t:
    b = t.buffer
    print(type(b).__name__, b.mode, b.name == p, repr(b).replace(d, 'D'))
    print(type(b.raw).__name__, b.raw.mode, b.writable(), b.readable())
    t.write('abc')
    t.flush()
    b.write(b'DEF')
with open(p, 'rb') as f:
    print(f.read())
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.mode, repr(sys.stdin.buffer), sys.stdout.buffer.mode)
show(open, p, 'rb', buffering='x')
show(open, p, 'rb', buffering=2**70)
show(open, p, 'r', buffering=0)
f = open(p, 'rb', buffering=4096); print(type(f).__name__); f.close()
f = open(p, 'w', buffering=1); print(f.line_buffering); f.close()
f = open(p, 'w'); print(f.line_buffering); f.close()
with open(p, 'wb', buffering=0) as f:
    print(f.write(b'xyz'), f.write(bytearray(b'12')), f.write(memoryview(b'ab')))
    show(f.write, 'str')
    print(f.tell(), f.seekable(), f.readable(), f.writable())
with open(p, 'rb') as f:
    show(f.read1, 'x')
    show(f.read1, None)
    f.seek(0)
    show(f.read1, -1)
    show(f.peek, 'x')
    import array
    a = array.array('h', [0, 0])
    f.seek(0)
    print(f.readinto(a), a.tolist())
    show(f.readinto, memoryview(b'abc'))
    show(f.readinto, 'abc')
with open(p, 'rb') as f:
    r = f.raw
    print(r is f.raw, r.closed, r.name == p, r.readable(), r.writable())
print(r.closed, f.closed)
print(repr(r))
for m in ('rb', 'wb', 'r+b'):
    with open(p, m) as f:
        print(m, [c.__name__ for c in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.IOBase) if isinstance(f, c)])
with open(p, 'rb', buffering=0) as f:
    print([c.__name__ for c in (io.FileIO, io.RawIOBase, io.BufferedIOBase, io.IOBase) if isinstance(f, c)])
os.remove(p); os.remove(q); os.remove(q + '.gz'); os.rmdir(d)

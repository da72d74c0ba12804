# not in the image: files
# io.FileIO(name, mode) opens a raw binary file (modes, errors, reads and writes).
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'fio.txt')
with open(p, 'w') as f:
    f.write('abc')
for a in [(p,), (p, 'rb'), (p, 'r+'), (p, 'rt'), (p, 'q'), (p, 'rw'), (os.path.join(d, 'nope', 'x'),), (p, 'a'), (p, 'rr')]:
    try:
        f = io.FileIO(*a)
        print(repr(f).replace(d, 'D'), f.mode, f.read() if f.readable() else None, isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
        f.close()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
with io.FileIO(p, 'w') as f:
    print(f.write(b'xyz'), f.tell(), f.closed, f.name == p)
with io.FileIO(p) as f:
    print(f.readall(), f.read(), f.seek(1), f.read(1))
with io.BufferedReader(io.FileIO(p)) as b:
    print(b.read(2), b.peek(1)[:1], b.read())
os.remove(p)
os.rmdir(d)

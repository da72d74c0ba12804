# not in the image: files
# tempfile: CPython 3.11 shape (SpooledTemporaryFile class with rollover, bytes names, mkstemp/mkdtemp/TemporaryFile/NamedTemporaryFile/TemporaryDirectory)
import tempfile, os
d = tempfile.mkdtemp(dir='.'); print(d[:5], len(d)); os.rmdir(d)
fd, n = tempfile.mkstemp(dir='.'); print(os.path.isabs(n), type(fd)); os.close(fd); os.unlink(n)
fd, n = tempfile.mkstemp(dir=b'.', suffix=None); print(type(n)); os.close(fd); os.unlink(n)
f = tempfile.TemporaryFile(); print(type(f.name)); f.write(b'hi'); f.seek(0); print(f.read()); f.close()
with tempfile.NamedTemporaryFile('w+') as f:
    print(os.path.exists(f.name)); f.write('abc\ndef\n'); f.seek(0); print(list(f))
    name = f.name
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False); f.write(b'x'); f.close(); print(os.path.exists(f.name)); os.unlink(f.name)
s = tempfile.SpooledTemporaryFile(10, 'w+'); print(s.name, s.mode, s.encoding, s.newlines, s._rolled)
s.write('x'*20); print(s._rolled, type(s.name), s.mode, s.encoding); s.seek(0); print(s.read()); s.close(); print(s.closed)
s = tempfile.SpooledTemporaryFile(); s.write(b'abc'); s.seek(1); print(s.read(), s._rolled, s.tell())
s.rollover(); s.seek(0); print(s.read(), s._rolled); s.close()
with tempfile.SpooledTemporaryFile(max_size=5) as s:
    s.write(b'1234'); print(s._rolled); s.truncate(10); print(s._rolled)
for bad in [dict(prefix=b'a', suffix='b'), dict(dir='.', suffix=b'x')]:
    try: tempfile.mkstemp(**bad)
    except TypeError as e: print(e)
print(repr(tempfile._infer_return_type(None, None)), tempfile._infer_return_type(b'x'))
with tempfile.TemporaryDirectory() as td:
    os.mkdir(os.path.join(td, 'sub')); open(os.path.join(td, 'sub', 'f'), 'w').close(); open(os.path.join(td, '.hid'), 'w').close()
    print(len(os.listdir(td)))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(prefix='pp'); print(os.path.basename(t.name)[:2], repr(t)[:20]); t.cleanup(); print(os.path.exists(t.name)); t.cleanup()
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), type(tempfile.gettempdirb()))
n = tempfile.mktemp(); print(os.path.exists(n), len(os.path.basename(n)))
print(tempfile.TemporaryDirectory[int], tempfile.SpooledTemporaryFile[bytes])
seq = tempfile._RandomNameSequence(); a = next(seq); print(len(a), a != next(seq), iter(seq) is seq)
print(isinstance(tempfile.SpooledTemporaryFile(), __import__('io').IOBase))

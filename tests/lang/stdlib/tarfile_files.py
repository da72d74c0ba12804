# not in the image: files
# tarfile on disk: add a tree (recursive, filter), extractall, a CPython-made .tar.gz read
# back, w:gz by path, list of names, members as files, errors.
import tarfile, os, tempfile, io, shutil
BLOB = b"\x1f\x8b\x08\x00K\xaf\x03k\x02\xff\xed\xd4K\x0e\x820\x14@\xd1\xfaWVA\xe2\x1c[\xa8t=%&h\xfc5R\x12\x97o\xd5\x91L\x98\x08&r\xcf\xe0\xbd\x04H\xe8\x80\x8b;\x96\x1b\x9b\xf8\xbb\x17\xdd\x91A\xae\xf5k\x07\xcd\xfd\xbc+TfR\xa3\xd5\xfbzXF\x8aX\x8a\x1e\xd4\x95\xb7\xb7p\x94\xba\xe5\xb9R\xfc%{r{\x1b\t\x0c\x94\x0b\xfdWu\xb1)\x92\xe2p\xf9U\xff*m\xf6\x9f+\xfa\xef\xc7h<\x99\xce\xe6\x8b\xe5\x8a\x16\x86\xc8_]r\xdeu\xfb\x8e\x96\xfe\x95\xca\xe4g\xff\xd2\xe8\xad\xa2\xff>\xac\xe3\xf0\x05DL\xe6w'\x7fV\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x7f\x0f\x89\xb7\x00{\x00(\x00\x00"
d = tempfile.mkdtemp()
src = os.path.join(d, 'proj')
os.makedirs(os.path.join(src, 'pkg', 'sub'))
for rel, text in [('README', 'read me\n'), ('pkg/__init__.py', ''), ('pkg/mod.py', 'x = 1\n'), ('pkg/sub/data.txt', 'data\n' * 200), ('pkg/skip.pyc', 'junk')]:
    with open(os.path.join(src, rel), 'w') as f:
        f.write(text)
tp = os.path.join(d, 'out.tar')
with tarfile.open(tp, 'w') as t:
    t.add(src, arcname='proj', filter=lambda ti: None if ti.name.endswith('.pyc') else ti)
    print(repr(t.name == tp), t.mode)
with tarfile.open(tp) as t:
    for m in t:
        print(m.name, m.type, m.size, m.isdir(), oct(m.mode & 0o777) if m.isdir() else '', type(m.mtime).__name__)
    print(t.extractfile('proj/pkg/mod.py').read(), t.extractfile('proj/pkg/sub/data.txt').read().count(b'\n'))
    t.extractall(os.path.join(d, 'x'))
print(sorted(os.path.relpath(os.path.join(r, n), os.path.join(d, 'x')) for r, ds, fs in os.walk(os.path.join(d, 'x')) for n in ds + fs))
print(open(os.path.join(d, 'x', 'proj', 'README')).read())
gzp = os.path.join(d, 'out.tar.gz')
with tarfile.open(gzp, 'w:gz') as t:
    t.add(os.path.join(src, 'README'), arcname='README')
with open(gzp, 'rb') as f:
    print(f.read(2))
with tarfile.open(gzp, 'r:*') as t:
    print(t.getnames(), t.extractfile('README').read())
print(tarfile.is_tarfile(tp), tarfile.is_tarfile(gzp), tarfile.is_tarfile(os.path.join(src, 'README')))
with tarfile.open(fileobj=io.BytesIO(BLOB)) as t:
    for m in t.getmembers():
        print(m.name, m.size, m.mtime, m.uname, m.gname, oct(m.mode))
    t.list(verbose=False)
    t.extract('pkg/sub/b.bin', os.path.join(d, 'y'))
    print(t.extractfile('top.md').readline(), len(t.extractfile('top.md').readlines()))
with open(os.path.join(d, 'y', 'pkg', 'sub', 'b.bin'), 'rb') as f:
    print(f.read())
for bad in [lambda: tarfile.open(os.path.join(d, 'missing.tar')), lambda: tarfile.open(os.path.join(src, 'README')),
            lambda: tarfile.open(tp).extractfile('nope'), lambda: tarfile.open(tp, 'r:xz')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
shutil.rmtree(d)

# not in the image: files
# shutil.make_archive / unpack_archive with the tar and gztar formats.
import shutil, os, tempfile, tarfile
d = tempfile.mkdtemp()
src = os.path.join(d, 'proj')
os.makedirs(os.path.join(src, 'pkg'))
for rel, text in [('README', 'read me\n'), ('pkg/mod.py', 'x = 1\n')]:
    with open(os.path.join(src, rel), 'w') as f:
        f.write(text)
for fmt in ('tar', 'gztar'):
    out = shutil.make_archive(os.path.join(d, 'dist', 'proj'), fmt, root_dir=src, owner='someone', group='grp')
    print(os.path.relpath(out, d))
    with tarfile.open(out) as t:
        print(sorted(m.name for m in t))
    dest = os.path.join(d, 'un_' + fmt)
    shutil.unpack_archive(out, dest)
    print(sorted(os.path.relpath(os.path.join(r, n), dest) for r, ds, fs in os.walk(dest) for n in ds + fs))
out = shutil.make_archive(os.path.join(d, 'pkgonly'), 'gztar', root_dir=src, base_dir='pkg')
with tarfile.open(out, 'r:gz') as t:
    print(t.getnames())
print([f for f in shutil.get_archive_formats() if f[0] in ('tar', 'gztar', 'zip')])
print([f for f in shutil.get_unpack_formats() if f[0] in ('tar', 'gztar', 'zip')])
with open(os.path.join(d, 'bad.tar'), 'w') as f:
    f.write('not a tar')
try:
    shutil.unpack_archive(os.path.join(d, 'bad.tar'))
except shutil.ReadError as e:
    print('ReadError', str(e).replace(d, 'D'))
shutil.rmtree(d)

# not in the image: files
# shutil.make_archive / unpack_archive with the zip format (members, directories, root_dir
# and base_dir, errors).
import shutil, os, tempfile, zipfile
d = tempfile.mkdtemp()
src = os.path.join(d, 'proj')
os.makedirs(os.path.join(src, 'pkg', 'sub'))
os.makedirs(os.path.join(src, 'empty'))
for rel, text in [('README', 'read me\n'), ('pkg/__init__.py', ''), ('pkg/mod.py', 'x = 1\n'), ('pkg/sub/data.txt', 'data\n' * 5)]:
    with open(os.path.join(src, rel), 'w') as f:
        f.write(text)
out = shutil.make_archive(os.path.join(d, 'dist', 'proj'), 'zip', root_dir=src)
print(os.path.relpath(out, d))
with zipfile.ZipFile(out) as z:
    print(sorted(z.namelist()), z.read('pkg/sub/data.txt').count(b'\n'))
out2 = shutil.make_archive(os.path.join(d, 'only_pkg'), 'zip', root_dir=src, base_dir='pkg')
with zipfile.ZipFile(out2) as z:
    print(sorted(z.namelist()))
dest = os.path.join(d, 'unpacked')
shutil.unpack_archive(out, dest)
print(sorted(os.path.relpath(os.path.join(r, n), dest) for r, ds, fs in os.walk(dest) for n in ds + fs))
shutil.unpack_archive(out2, os.path.join(d, 'u2'), 'zip')
print(open(os.path.join(d, 'u2', 'pkg', 'mod.py')).read())
print([f for f in shutil.get_archive_formats() if f[0] == 'zip'], [f for f in shutil.get_unpack_formats() if f[0] == 'zip'])
for bad in [lambda: shutil.make_archive(os.path.join(d, 'x'), 'nope'), lambda: shutil.unpack_archive(os.path.join(d, 'x.unknown')),
            lambda: shutil.unpack_archive(out, format='nope'), lambda: shutil.unpack_archive(os.path.join(d, 'missing.zip'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
shutil.rmtree(d)

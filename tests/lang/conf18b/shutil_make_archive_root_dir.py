# not in the image: files
# shutil.make_archive with root_dir: the zip/tar writers take root_dir themselves (the
# process's current directory is never changed) and return an absolute archive name;
# member names are relative to root_dir
import os, shutil, tempfile, zipfile, tarfile
base = tempfile.mkdtemp()
root = os.path.join(base, 'root')
os.makedirs(os.path.join(root, 'pkg', 'sub'))
for p in ('pkg/a.txt', 'pkg/sub/b.txt', 'top.txt'):
    with open(os.path.join(root, p), 'w') as f:
        f.write(p)
os.chdir(base)
calls = []
real_chdir = os.chdir
os.chdir = lambda p: calls.append(p)
try:
    z = shutil.make_archive('out/arch', 'zip', root, '.')
    t = shutil.make_archive('out/arch', 'gztar', root, 'pkg')
finally:
    os.chdir = real_chdir
print(calls, os.path.isabs(z), z.replace(base, 'B'), t.replace(base, 'B'))
print(sorted(zipfile.ZipFile(z).namelist()))
with tarfile.open(t) as tf:
    print(sorted(tf.getnames()))
print(shutil.make_archive('rel', 'zip', base_dir='out').replace(base, 'B'))
os.chdir('/')
shutil.rmtree(base)

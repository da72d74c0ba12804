# not in the image: files
# os.stat / os.path.exists / getsize / isfile take a descriptor from os.open (os.stat
# said "should be ... or integer, not int"); a closed one is EBADF / exists() False
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
with open(p, 'w') as f:
    f.write('hello')
fd = os.open(p, os.O_RDONLY)
print(os.stat(fd).st_size, os.fstat(fd).st_size, os.path.exists(fd), os.path.getsize(fd))
os.close(fd)
try:
    os.stat(fd)
except OSError as e:
    print('OSError', e.errno)
print(os.path.exists(fd))
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
os.unlink(p); os.rmdir(d)
d = tempfile.mkdtemp()
p = os.path.join(d, 'g')
open(p, 'w').close()
fd = os.open(p, os.O_RDONLY)
print(os.path.isfile(fd), os.path.isdir(fd), os.path.getmtime(fd) == os.path.getmtime(p), os.path.samefile(p, p))
os.close(fd)
os.unlink(p); os.rmdir(d)

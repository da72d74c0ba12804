# not in the image: files
# builtin open() of a file number from os.open()/tempfile.mkstemp, and of unknown numbers.
import os, tempfile
d = tempfile.mkdtemp()
fd, p = tempfile.mkstemp(dir=d)
with open(fd, 'w') as f:
    print(type(f).__name__, f.write('via open(fd)\n'))
with open(p) as f:
    print(repr(f.read()))
fd = os.open(p, os.O_RDONLY)
with open(fd, 'rb') as f:
    print(f.read(3))
fd = os.open(p, os.O_RDONLY)
with open(fd, 'rb', buffering=0) as f:
    print(f.read())
for bad in [12345]:
    try:
        open(bad)
    except OSError as e:
        print('OSError', e.errno, e.strerror)
try:
    open(fd)
except OSError as e:
    print('OSError', e.errno)
os.remove(p)
os.rmdir(d)
try:
    open(-1)
except ValueError as e:
    print('ValueError', e)

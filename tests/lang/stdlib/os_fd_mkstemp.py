# not in the image: files
# os.open/read/write/lseek/close/fdopen and tempfile.mkstemp as programs use them.
import os, tempfile, sys
d = tempfile.mkdtemp()
fd, path = tempfile.mkstemp(suffix='.txt', prefix='t_', dir=d)
print(type(fd).__name__, os.path.basename(path).startswith('t_'), path.endswith('.txt'), os.path.isabs(path))
print(os.write(fd, b'hello world\n'), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.fstat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print('OSError', e.errno, e.strerror)
try:
    os.write(fd, b'x')
except OSError as e:
    print('OSError', e)
with open(path) as f:
    print(repr(f.read()))
fd, path2 = tempfile.mkstemp(dir=d, text=True)
with os.fdopen(fd, 'w') as f:
    f.write('via fdopen\n')
    print(type(f).__name__, f.closed)
print(f.closed, open(path2).read())
try:
    os.close(fd)
except OSError as e:
    print('OSError', e.errno)
p3 = os.path.join(d, 'new.bin')
fd = os.open(p3, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
os.write(fd, b'abc')
os.write(fd, memoryview(b'def'))
os.close(fd)
fd = os.open(p3, os.O_RDONLY)
with os.fdopen(fd, 'rb') as f:
    print(f.read())
fd = os.open(p3, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'!')
os.close(fd)
fd = os.open(p3, os.O_RDWR)
print(os.read(fd, 100), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
os.ftruncate(fd, 2)
os.close(fd)
print(open(p3, 'rb').read())
for flags in [os.O_RDONLY, os.O_WRONLY | os.O_CREAT | os.O_EXCL]:
    try:
        os.open(os.path.join(d, 'missing', 'x') if flags == os.O_RDONLY else p3, flags)
    except OSError as e:
        print(type(e).__name__, e.errno)
try:
    os.read('x', 1)
except TypeError as e:
    print('TypeError', e)
sys.stdout.flush()
os.write(1, b'written to fd 1\n')
print('after')
import shutil
shutil.rmtree(d)

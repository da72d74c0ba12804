# not in the image: files
# io: closed and unsupported-operation errors of binary files, per class and method.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.bin')
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for mode in ('rb', 'wb', 'r+b'):
    for buf in (-1, 0):
        open(p, 'wb').write(b'abc\ndef\n')
        f = open(p, mode, buffering=buf)
        print(mode, buf, type(f).__name__)
        for m in ('read', 'readline', 'readlines', 'write', 'readinto', 'writelines', 'read1', 'peek', 'readall'):
            if hasattr(f, m):
                a = {'write': (b'x',), 'readinto': (bytearray(2),), 'writelines': ([b'a'],)}.get(m, ())
                show(getattr(f, m), *a)
        f.close()
        for m in ('read', 'readline', 'readlines', 'write', 'readinto', 'writelines', 'read1', 'peek', 'readall', 'flush', 'seek', 'tell', 'truncate', 'fileno', 'isatty', 'readable', 'writable', 'seekable', '__enter__', '__iter__', '__next__', 'detach', 'close'):
            if hasattr(f, m):
                a = {'write': (b'x',), 'readinto': (bytearray(2),), 'writelines': ([b'a'],), 'seek': (0,)}.get(m, ())
                print(m, end=' '); show(getattr(f, m), *a)
        print(f.closed, f.name == p, f.mode)
os.remove(p); os.rmdir(d)

# not in the image: files
# os.path.sameopenfile compares the files behind two descriptors (it raised ENOSYS)
import os, tempfile
d = tempfile.mkdtemp()
a, b = os.path.join(d, 'a'), os.path.join(d, 'b')
for p in (a, b):
    open(p, 'w').close()
fa1 = os.open(a, os.O_RDONLY)
fa2 = os.open(a, os.O_RDONLY)
fb = os.open(b, os.O_RDONLY)
print(os.path.sameopenfile(fa1, fa2), os.path.sameopenfile(fa1, fb))
for fd in (fa1, fa2, fb):
    os.close(fd)
try:
    os.path.sameopenfile(fa1, fb)
except OSError as e:
    print('OSError', e.errno)
os.unlink(a); os.unlink(b); os.rmdir(d)

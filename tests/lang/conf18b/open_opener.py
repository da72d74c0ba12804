# not in the image: files
# open(..., opener=f) calls the opener with CPython's flags and uses the number it returns
import os
seen = []
def opener(path, flags):
    seen.append((path, flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_EXCL)))
    return os.open(path, flags, 0o600)
p = 'conf18b_opener.txt'
with open(p, 'w', opener=opener) as f:
    f.write('hello\n')
    print(f.name, f.mode)
with open(p, 'a', encoding='utf-8', opener=opener) as f:
    f.write('more\n')
with open(p, 'rb', opener=opener) as f:
    print(f.read(), f.name, f.mode)
with open(p, 'r+', opener=opener) as f:
    print(f.read(), f.name)
with open(p, 'r', encoding='latin-1', opener=opener) as f:
    print(repr(f.read()), f.name)
print(seen)
os.unlink(p)
with open(p, 'x', opener=opener) as f:
    f.write('x')
print(seen[-1])
for bad in [lambda p, f: 'x', lambda p, f: -1]:
    try:
        open(p, opener=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    open(p, closefd=False, opener=opener)
except ValueError as e:
    print(e)
os.unlink(p)
# binary streams have no newlines attribute; open(fd, 'w+b') reads back as mode 'rb+'
import io
for f in (io.BytesIO(), open(__file__, 'rb')):
    try:
        f.newlines
    except AttributeError as e:
        print(e)
    f.close()
fd = os.open('conf18b_fdmode.bin', os.O_RDWR | os.O_CREAT, 0o600)
with open(fd, 'w+b', buffering=0) as f:
    print(f.mode)
os.unlink('conf18b_fdmode.bin')

# os/_os decoded non-UTF-8 file names as latin-1 (and encoded paths without surrogateescape), so a name from listdir could not be opened or stat'ed; os.strerror truncated huge codes.
import os

d = 'os_fsencode_names.tmpdir'
os.makedirs(d, exist_ok=True)
try:
    with open(os.path.join(d, 'a\udcffb'), 'w') as f:
        f.write('xyz')
    with open(d.encode() + b'/c\xfe', 'wb') as f:
        f.write(b'12')
    names = sorted(os.listdir(d))
    print([ascii(n) for n in names])
    for n in names:
        p = os.path.join(d, n)
        print(ascii(n), os.stat(p).st_size, os.path.exists(p), os.fsencode(n))
        with open(p, 'rb') as f:
            print(f.read())
    os.rename(os.path.join(d, 'a\udcffb'), os.path.join(d, 'z\udcfe'))
    print([ascii(n) for n in sorted(os.listdir(d))])
    for bad in ('a\ud800', 'x\0y'):
        for fn in (os.stat, os.listdir, os.mkdir, os.unlink, open):
            try:
                fn(bad)
            except Exception as e:
                print(fn.__name__, type(e).__name__, e)
finally:
    for n in os.listdir(d):
        os.unlink(os.path.join(d, n))
    os.rmdir(d)
print(os.path.exists(d))
for code in (2, 0, 2 ** 31, 2 ** 32 + 2, -2 ** 31 - 1):
    try:
        print(os.strerror(code))
    except OverflowError as e:
        print(type(e).__name__, e)

# not in the image: files
import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, 't.txt')
with open(p, 'w', encoding='utf-8') as f:
    print(f.write('line one\n'), f.write('ligne deux é\n'), f.tell())
    f.writelines(['3\n', '4\n'])
    print('five', file=f)
with open(p) as f:
    print(f.readline(), f.readline().rstrip(), f.tell())
    print(f.readlines())
with open(p) as f:
    print([len(l) for l in f], f.closed)
print(f.closed)
with open(p, 'a') as f:
    f.write('appended\n')
with open(p, 'r+') as f:
    f.seek(0)
    f.write('LINE')
with open(p) as f:
    data = f.read()
print(repr(data))
with open(p, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:20], raw.count(b'\n'), len(data))
with open(p, encoding='latin-1') as f:
    print(repr(f.read()[10:25]))
with open(p, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, newline='') as f:
    print(f.readlines())
with open(p) as f:
    print(f.readlines())
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve ☃\n')
with open(p, 'rb') as f:
    print(f.read())
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(p, 'wb') as f:
    f.write('é\n'.encode('utf-8') + b'\xff\n')
with open(p, errors='replace') as f:
    print(repr(f.read()))
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(p, errors='surrogateescape') as f:
    print(repr(f.read()))
f = open(p)
print(f.name == p, f.mode, f.encoding, f.errors, f.readable(), f.writable(), f.seekable(), f.line_buffering)
f.close()
for bad in [lambda: f.read(), lambda: f.readline(), lambda: next(f), lambda: f.seek(0), lambda: f.write('x')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
for mode in ['rw', 'rr', 'x+t', 'z', 'rb+t', '']:
    try:
        open(p, mode)
    except (ValueError, OSError) as e:
        print(type(e).__name__, mode, e.args[0])
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError', e)
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
os.remove(p)
os.rmdir(d)

# not in the image: reads and writes files
import os, tempfile, io, pathlib, shutil
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.txt')
with open(p, 'w') as f:
    print(f.write('line1\nline2\n'), f.writable(), f.readable(), f.mode, f.name == p, f.closed)
print(f.closed)
try:
    f.write('x')
except ValueError as e:
    print(e)
with open(p) as f:
    print(f.readline(), f.tell(), f.read(), repr(f.read()), f.seek(0), f.readlines())
with open(p, 'a') as f:
    f.write('line3')
with open(p) as f:
    print([l.rstrip('\n') for l in f], list(f))
with open(p, 'rb') as f:
    data = f.read(); print(data, type(data).__name__, f.seek(-3, 2), f.read())
with open(p, 'r+') as f:
    f.seek(0); f.write('LINE'); f.seek(0); print(f.read(9))
try:
    open(os.path.join(d, 'nope', 'x'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(p, 'rw')
except ValueError as e:
    print(e)
try:
    open(p, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.strerror)
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
with open(p, 'w', encoding='utf-8') as f:
    f.write('héllo ✓\n')
with open(p, encoding='ascii', errors='replace') as f:
    print(f.read())
try:
    with open(p, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
with open(p, 'rb') as f:
    print(len(f.read()))
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(d), os.path.getsize(p), os.path.splitext(p)[1], os.path.basename(p))
print(os.path.join('a', 'b', '/c'), os.path.normpath('a/./b/../c'), os.path.split('/x/y/z'), os.path.dirname('/x/y'), os.path.isabs('/x'), os.path.relpath('/a/b/c', '/a'))
os.rename(p, p + '.bak')
print(sorted(os.listdir(d)))
os.mkdir(os.path.join(d, 'sub'))
open(os.path.join(d, 'sub', 'f.py'), 'w').close()
print(sorted(os.listdir(d)), [sorted(fs) for _, _, fs in os.walk(d)])
pp = pathlib.Path(d) / 'sub' / 'f.py'
print(pp.name, pp.suffix, pp.stem, pp.parent.name, pp.exists(), pp.is_file(), pp.with_suffix('.txt').name)
pp.write_text('content')
print(pp.read_text(), pp.stat().st_size, sorted(x.name for x in pathlib.Path(d).iterdir()), sorted(x.name for x in pathlib.Path(d).glob('**/*.py')))
print(pathlib.PurePosixPath('/a/b/c.tar.gz').suffixes, pathlib.PurePosixPath('a/b').parts, str(pathlib.PurePosixPath('a') / 'b'))
s = io.StringIO('a\nb\n')
print(s.readline(), s.read(), s.getvalue(), s.tell())
b = io.BytesIO()
b.write(b'abc'); b.seek(1); print(b.read(), b.getvalue())
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
shutil.rmtree(d)
print(os.path.exists(d))
w = io.TextIOWrapper(io.BytesIO(b'x\r\ny\n'), newline=None)
print(repr(w.read()))

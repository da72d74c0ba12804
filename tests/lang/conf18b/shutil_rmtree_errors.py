# not in the image: files
# shutil.rmtree as CPython: a missing path raises FileNotFoundError, a file gives
# NotADirectoryError through onerror twice (os.scandir, then os.rmdir), bytes paths work;
# copyfile into a missing directory says
# FileNotFoundError; move takes a PathLike source; os.scandir(bytes) gives bytes entries;
# os.get_terminal_size of a non-terminal raises, so shutil.get_terminal_size falls back
import os, shutil, sys, tempfile, pathlib
base = tempfile.mkdtemp()
missing = os.path.join(base, 'missing')
try:
    shutil.rmtree(missing)
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename == missing)
shutil.rmtree(missing, ignore_errors=True)
f = os.path.join(base, 'file')
open(f, 'w').close()
try:
    shutil.rmtree(f)
except NotADirectoryError as e:
    print('NotADirectoryError', e.filename == f)
errors = []
shutil.rmtree(f, onerror=lambda *a: errors.append(a))
print([(fn.__name__, p == f, type(ei[1]).__name__) for fn, p, ei in errors], os.path.exists(f))
bdir = os.fsencode(os.path.join(base, 'btree'))
os.makedirs(os.path.join(bdir, b'sub'))
open(os.path.join(bdir, b'sub', b'x'), 'w').close()
with os.scandir(bdir) as it:
    print([(e.name, type(e.path).__name__, e.is_dir()) for e in it])
print(sorted((type(r).__name__, d, fl) for r, d, fl in os.walk(bdir)))
shutil.rmtree(bdir)
print(os.path.exists(bdir))
try:
    shutil.copyfile(f, os.path.join(base, 'nodir', ''))
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(base, 'B'))
d = os.path.join(base, 'dest')
os.mkdir(d)
print(shutil.move(pathlib.Path(f), d).replace(base, 'B'))
print(issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError))
with open(os.devnull, 'w') as dn:
    try:
        os.get_terminal_size(dn.fileno())
    except OSError as e:
        print('OSError', e.errno)
    real = sys.__stdout__
    sys.__stdout__ = dn
    try:
        os.environ.pop('COLUMNS', None)
        os.environ.pop('LINES', None)
        print(shutil.get_terminal_size(fallback=(30, 40)))
    finally:
        sys.__stdout__ = real
shutil.rmtree(base)
print(os.path.exists(base))

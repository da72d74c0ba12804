# open() of an os.PathLike: the file's name and an error's filename are the path's
# os.fspath() (a str), not the PathLike object.
import os
import pathlib
import tempfile

d = tempfile.mkdtemp()
p = pathlib.Path(d) / 'f.txt'
p.write_text('x')
with open(p) as f:
    print(type(f.name).__name__, f.name == str(p))
with open(p, 'rb') as f:
    print(type(f.name).__name__)
try:
    open(pathlib.Path(d) / 'missing.txt')
except FileNotFoundError as e:
    print(type(e.filename).__name__, e.filename == os.path.join(d, 'missing.txt'), e.errno)
try:
    open(os.fsencode(os.path.join(d, 'missing.txt')))
except FileNotFoundError as e:
    print(type(e.filename).__name__)
os.remove(p)
os.rmdir(d)

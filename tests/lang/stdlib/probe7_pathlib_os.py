import os, os.path as op, pathlib, tempfile, shutil, glob, fnmatch
from pathlib import Path, PurePosixPath
p = PurePosixPath('/usr/local/lib/python3.11/site-packages/pkg/mod.tar.gz')
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parents[2], p.parts[:3], p.anchor, p.with_suffix('.zip'), p.with_name('x.py'), p.relative_to('/usr/local'))
print(PurePosixPath('a/b') / 'c' / '../d', PurePosixPath('a//b/./c'), p.match('*.gz'), p.is_absolute(), PurePosixPath('x').with_stem('y') if hasattr(p, 'with_stem') else '')
print(op.join('a', 'b', '/c', 'd'), op.split('/a/b/c.txt'), op.splitext('arch.tar.gz'), op.basename('/x/y/'), op.dirname('/x/y/'), op.normpath('a/./b/../../c'), op.commonprefix(['/usr/lib', '/usr/local']), op.commonpath(['/usr/lib', '/usr/local']))
try:
    p.relative_to('/etc')
except ValueError as e:
    print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as td:
    root = Path(td)
    (root / 'sub' / 'deep').mkdir(parents=True)
    (root / 'a.txt').write_text('alpha\nbeta\n')
    (root / 'sub' / 'b.py').write_text('print(1)')
    (root / 'sub' / 'deep' / 'c.py').write_bytes(b'\x00\x01')
    print(sorted(x.relative_to(root).as_posix() for x in root.rglob('*.py')), sorted(x.name for x in root.iterdir()), sorted(x.name for x in root.glob('*/*')))
    print((root / 'a.txt').read_text().splitlines(), (root / 'a.txt').stat().st_size, (root / 'a.txt').exists(), (root / 'zz').exists(), (root / 'sub').is_dir())
    print(sorted(op.relpath(f, td) for f in glob.glob(op.join(td, '**', '*.py'), recursive=True)))
    for dirpath, dirnames, filenames in sorted(os.walk(td)):
        print(op.relpath(dirpath, td), sorted(dirnames), sorted(filenames))
    shutil.copy(root / 'a.txt', root / 'copy.txt'); shutil.move(str(root / 'copy.txt'), str(root / 'sub' / 'moved.txt'))
    print(sorted(os.listdir(root / 'sub')), fnmatch.filter(os.listdir(root / 'sub'), '*.txt'))
    shutil.rmtree(root / 'sub'); print(sorted(os.listdir(td)))
    try:
        (root / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, op.basename(e.filename))
    try:
        os.mkdir(root)
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    with (root / 'w.txt').open('w') as f:
        f.write('x')
    print((root / 'w.txt').read_text(), (root / 'w.txt').with_suffix('.md').name, (root/'w.txt').unlink() is None, list(root.iterdir())[0].name)
print(fnmatch.fnmatch('file.PY', '*.py'), fnmatch.fnmatchcase('file.PY', '*.py'), fnmatch.translate('*.t[xy]t'), op.isabs('/x'), op.expanduser('~') != '~')

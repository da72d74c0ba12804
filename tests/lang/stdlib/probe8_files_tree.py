# not in the image: files
import os, shutil, tempfile, pathlib, glob, fnmatch, json
root = tempfile.mkdtemp()
def rel(p):
    return os.path.relpath(p, root)
for sub in ['src/pkg', 'src/pkg/sub', 'docs', 'build']:
    os.makedirs(os.path.join(root, sub), exist_ok=True)
files = {'src/pkg/__init__.py': '', 'src/pkg/mod.py': 'x = 1\n', 'src/pkg/sub/deep.py': 'y = 2\n' * 3,
         'docs/readme.md': '# Title\n\ntext\n', 'docs/notes.txt': 'a\nb\n', 'setup.cfg': '[meta]\nname = demo\n'}
for name, text in files.items():
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    print(rel(dirpath), sorted(dirnames), sorted(filenames))
print(sorted(rel(p) for p in glob.glob(os.path.join(root, '**', '*.py'), recursive=True)))
print(sorted(rel(p) for p in glob.glob(os.path.join(root, '*', '*.[mt]*'))))
print(fnmatch.filter(['a.py', 'b.txt', 'c.PY'], '*.py'), fnmatch.fnmatch('X.TXT', '*.txt'), fnmatch.fnmatchcase('X.TXT', '*.txt'), fnmatch.translate('*.p[yc]'))
p = pathlib.Path(root)
print(sorted(str(x.relative_to(p)) for x in p.rglob('*.py')))
print(sorted(x.name for x in (p / 'docs').iterdir()), (p / 'docs' / 'readme.md').read_text().splitlines()[0])
q = p / 'src' / 'pkg' / 'mod.py'
print(q.suffix, q.stem, q.name, q.parent.name, q.exists(), q.is_file(), q.is_dir(), q.stat().st_size, q.with_suffix('.txt').name, q.relative_to(p).parts)
(p / 'new.txt').write_text('hello\n')
(p / 'new.bin').write_bytes(b'\x00\x01')
print((p / 'new.txt').read_text(), (p / 'new.bin').read_bytes(), sorted(x.name for x in p.glob('new.*')))
shutil.copy(p / 'new.txt', p / 'copy.txt')
shutil.copytree(p / 'src', p / 'src2')
print(sorted(str(x.relative_to(p)) for x in (p / 'src2').rglob('*')))
shutil.move(str(p / 'copy.txt'), str(p / 'docs' / 'moved.txt'))
print(sorted(os.listdir(p / 'docs')))
shutil.rmtree(p / 'src2')
os.rename(p / 'new.bin', p / 'renamed.bin')
print(sorted(os.listdir(root)))
try:
    open(os.path.join(root, 'nope', 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, rel(e.filename))
try:
    os.mkdir(os.path.join(root, 'docs'))
except FileExistsError as e:
    print('FileExistsError', e.strerror)
try:
    os.rmdir(os.path.join(root, 'docs'))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    (p / 'missing.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(root) for f in fs)
print(total)
with open(os.path.join(root, 'data.json'), 'w') as f:
    json.dump({'files': sorted(files)}, f, indent=2)
with open(os.path.join(root, 'data.json')) as f:
    print(json.load(f)['files'][:2])
shutil.rmtree(root)
print(os.path.exists(root))

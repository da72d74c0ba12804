# not in the image: files
import tempfile, os, shutil, io, stat, pathlib, glob
with tempfile.TemporaryDirectory(prefix='pre_', suffix='_suf') as d:
    print(os.path.basename(d).startswith('pre_'), d.endswith('_suf'), os.path.isdir(d))
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt', delete=False) as f:
        f.write('hello\n')
        f.seek(0)
        print(f.read(), f.name.endswith('.txt'), os.path.dirname(f.name) == d, type(f).__name__)
        name = f.name
    print(os.path.exists(name), open(name).read())
    with tempfile.NamedTemporaryFile(dir=d) as g:
        g.write(b'bytes')
        g.flush()
        print(os.path.getsize(g.name), g.mode if hasattr(g, 'mode') else None)
        gname = g.name
    print(os.path.exists(gname))
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), os.listdir(sub))
    with tempfile.TemporaryFile() as t:
        t.write(b'abc')
        t.seek(0)
        print(t.read())
    with tempfile.TemporaryFile('w+', encoding='utf-8') as t:
        t.write('é')
        t.seek(0)
        print(t.read())
    sp = tempfile.SpooledTemporaryFile(max_size=10, mode='w+')
    sp.write('short')
    print(sp.tell())
    sp.write('x' * 20)
    print(sp.tell())
    sp.seek(0)
    print(len(sp.read()))
    sp.close()
    os.makedirs(os.path.join(d, 'a', 'b', 'c'))
    try:
        os.makedirs(os.path.join(d, 'a', 'b'))
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
    open(os.path.join(d, 'a', 'f1.txt'), 'w').close()
    open(os.path.join(d, 'a', 'b', 'f2.log'), 'w').close()
    print(sorted(os.listdir(os.path.join(d, 'a'))), sorted(e.name for e in os.scandir(os.path.join(d, 'a'))))
    print([(e.name, e.is_dir(), e.is_file()) for e in sorted(os.scandir(os.path.join(d, 'a')), key=lambda e: e.name)])
    print(sorted(os.path.relpath(x, d) for x in glob.glob(os.path.join(d, '**'), recursive=True) if not os.path.basename(x).startswith('tmp')))
    st = os.stat(os.path.join(d, 'a', 'f1.txt'))
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), st.st_size)
    shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'copy'), ignore=shutil.ignore_patterns('*.log'))
    print(sorted(os.path.relpath(os.path.join(r, n), d) for r, ds, fs in os.walk(os.path.join(d, 'copy')) for n in fs + ds))
    print(shutil.which('definitely-not-a-command-xyz'))
    arch = shutil.make_archive(os.path.join(d, 'arch'), 'zip', os.path.join(d, 'a')) if hasattr(shutil, 'make_archive') else None
    print(os.path.basename(arch) if arch else None)
    p = pathlib.Path(d)
    for x in sorted(p.glob('a/**/*')):
        print(x.relative_to(p).as_posix(), x.is_dir())
    (p / 'a' / 'f1.txt').rename(p / 'moved.txt')
    (p / 'moved.txt').unlink()
    try:
        (p / 'moved.txt').unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    (p / 'moved.txt').unlink(missing_ok=True)
    try:
        os.rmdir(os.path.join(d, 'a'))
    except OSError as e:
        print(type(e).__name__, e.errno)
    shutil.rmtree(os.path.join(d, 'a'))
    print([n for n in sorted(os.listdir(d)) if not n.startswith('tmp')])
print(os.path.exists(d))
print(tempfile.gettempdir() == tempfile.gettempdir(), isinstance(tempfile.gettempprefix(), str))

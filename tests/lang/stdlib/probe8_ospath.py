import os.path as op, posixpath
def show(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for a in [('a', 'b', 'c'), ('/a', '/b'), ('a/', 'b'), ('', 'x'), ('a', ''), ('/',), ('a', 'b/', '')]:
    show(op.join, *a)
show(op.join, 'a', 1); show(op.join); show(op.join, b'a', 'b'); show(op.join, b'a', b'b')
for p in ['a/b/c.txt', '/a/b/', 'c', '/', '', '//x/y', 'a//b', '../x/../y', './.', '/..//../a/./b/', 'a/b/../../..', '~/x', '.hidden', 'a.b.c', 'a/.b', 'a.']:
    print(repr(p), op.split(p), op.splitext(p), op.basename(p), op.dirname(p), op.normpath(p), op.isabs(p))
for a in [('a/b/c', 'a'), ('a/b', 'a/c/d'), ('/x/y', '/'), ('/', '/x'), ('a', 'a'), ('a/b', 'x/y')]:
    show(op.relpath, *a)
show(op.relpath, ''); show(op.relpath, '/a', 'b') if False else None
for a in [['/a/b/c', '/a/b/d'], ['a/b', 'a/c'], ['/a', 'b'], [], ['/x/y', '/x/y/'], ['a/./b', 'a/b/c'], ['/a/bc', '/a/bd']]:
    show(op.commonpath, a)
print(op.commonprefix(['/usr/lib', '/usr/local', '/us']), op.commonprefix([]), op.commonprefix(['abc', 'abd']))
print(op.splitdrive('/a/b'), op.normcase('/A/B'), op.sep, op.extsep, op.pardir, op.curdir, op.altsep, posixpath is op)
print(op.expanduser('x/~y'), op.expandvars('$NOPE_VAR_XYZ/x'), op.expandvars('${NOPE_VAR_XYZ}'), op.splitext('archive.tar.gz'), op.splitext(b'x.py'))
print(op.exists('/definitely/not/here'), op.isfile('/definitely/not'), op.isdir('/'), op.join('/tmp', '/etc', 'x'), op.normpath('//a'), op.normpath('///a'))

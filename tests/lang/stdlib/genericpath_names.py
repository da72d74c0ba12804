# genericpath: the shared os.path functions, the same objects as posixpath's
import genericpath
import os.path
import posixpath

print(genericpath.__all__)
print([n for n in genericpath.__all__ if getattr(genericpath, n) is not getattr(posixpath, n)])
print(genericpath.commonprefix(['/usr/lib/x', '/usr/local', '/usr/lib']))
print(genericpath.commonprefix([]), genericpath.commonprefix([['a', 'b'], ['a', 'c']]))
print(genericpath.exists(os.path.dirname(os.path.abspath('.'))), genericpath.isfile('no-such-file'))
print(genericpath.isdir('.'), genericpath.os is os, genericpath.stat.S_ISDIR(0o40000))
# the private helpers CPython's posixpath/ntpath use
print(genericpath._splitext('a/b.tar.gz', '/', None, '.'), genericpath._splitext('a\\.b\\..c', '/', '\\', '.'))
print(genericpath._splitext(b'x/.bashrc', b'/', None, b'.'), genericpath._splitext('...x', '/', None, '.'))
genericpath._check_arg_types('f', 'a', 'b')
for args in (('a', b'b'), ('a', 1), (None,)):
    try:
        genericpath._check_arg_types('join', *args)
    except TypeError as e:
        print(e)

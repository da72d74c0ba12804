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

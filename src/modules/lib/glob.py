"""glob: Unix shell style pathname pattern expansion (our own implementation).

Paths are split into a directory part and a last component; magic in the
directory part is expanded recursively, the last component is matched with
fnmatch against os.listdir.  '**' (recursive=True) walks whole subtrees.
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = re.compile('([*?[])')
_magic_b = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            s = next(it)
        except StopIteration:
            return iter(())
        if s:
            return _chain(s, it)
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            globber = _glob2
        else:
            globber = _glob1
    else:
        globber = _glob0
    for d in dirs:
        for name in globber(_join(root_dir, d), basename, dironly,
                            include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    else:
        if _isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    if not dirname:
        d = '.' if isinstance(dirname, str) else b'.'
    else:
        d = dirname
    try:
        names = os.listdir(d)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if _isdir(os.path.join(d, n))]
    return names


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            if _isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield os.path.join(x, y)


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return path or root


def _lexists(p):
    if not p:
        return False
    return os.path.lexists(p)


def _isdir(p):
    if not p:
        return True
    return os.path.isdir(p)


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_b.search(s) is not None
    return _magic.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    if isinstance(pathname, bytes):
        return _magic_b.sub(br'[\1]', pathname)
    return _magic.sub(r'[\1]', pathname)

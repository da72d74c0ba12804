"""posixpath (safepy implementation): the pure path functions of os.path for POSIX, plus
the few that ask the host about the file system (exists, isfile, isdir, getsize ...)."""

import _os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(r).__name__}')
    return r


def _seps(p):
    if isinstance(p, bytes):
        return b'/', b'.', b'', b'..'
    return '/', '.', '', '..'


def normcase(s):
    """Normalize case of pathname. Has no effect under Posix."""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    if not isinstance(a, (str, bytes)) and not hasattr(type(a), '__fspath__'):
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(a).__name__)
    for x in p:
        if not isinstance(x, (str, bytes)) and not hasattr(type(x), '__fspath__'):
            raise TypeError(f'join() argument must be str, bytes, or os.PathLike object, '
                            f"not '{type(x).__name__}'") from None
    a = _fspath(a)
    sep_ = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep_
        for b in map(_fspath, p):
            if b.startswith(sep_):
                path = b
            elif not path or path.endswith(sep_):
                path += b
            else:
                path += sep_ + b
    except TypeError:
        names = [type(x).__name__ for x in (a,) + p]
        if all(isinstance(x, (str, bytes)) for x in (a,) + p):
            raise TypeError("Can't mix strings and bytes in path components") from None
        raise
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep_ = _seps(p)[0]
    i = p.rfind(sep_) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext)."""
    p = _fspath(p)
    sep_, dot, _, _ = _seps(p)
    return _splitext(p, sep_, None, dot)


def _splitext(p, sep_, altsep, dot):
    # genericpath's private helper (CPython's own posixpath/ntpath call it): leading
    # dots of the last component do not start an extension
    sep_index = p.rfind(sep_)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # genericpath's private helper: every argument str or bytes, not both
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = _fspath(p)
    i = p.rfind(_seps(p)[0]) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = _fspath(p)
    sep_ = _seps(p)[0]
    i = p.rfind(sep_) + 1
    head = p[:i]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    sep_, dot, empty, dotdot = _seps(path)
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep_) else 0
    if initial_slashes and path.startswith(sep_ * 2) and not path.startswith(sep_ * 3):
        initial_slashes = 2
    comps = path.split(sep_)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep_.join(new_comps)
    if initial_slashes:
        path = sep_ * initial_slashes + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        # through the os module, looked up at call time, as CPython's posixpath does
        # (a program or test that replaces os.getcwd sees its replacement used)
        import os
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename (symlinks are not resolved by
    safepy's host interface)."""
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path."""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    sep_, dot, _, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep_) if x]
        path_list = [x for x in abspath(path).split(sep_) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return dot
        return join(*rel_list)
    except (TypeError, AttributeError):
        # a str path with a bytes start (or the reverse) gets CPython's message
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    sep_, dot, _, _ = _seps(paths[0])
    try:
        split_paths = [path.split(sep_) for path in paths]
        try:
            isabs_, = set(p[:1] == sep_ for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep_ if isabs_ else sep_[:0]
        return prefix + sep_.join(common)
    except (TypeError, AttributeError):
        raise


def _environ():
    # os.environ (changes made by the program are seen), or the process environment
    # while os itself is still being imported.
    import sys
    os_mod = sys.modules.get('os')
    env = getattr(os_mod, 'environ', None)
    return env if env is not None else _os.environ()


def _passwd_home(user):
    # The home directory of [user] (a name, or None for the current user) from
    # /etc/passwd, or None when unknown.
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    uid = None
    if user is None:
        getuid = getattr(_os, 'getuid', None)
        if getuid is None:
            return None
        uid = str(getuid())
    for line in lines:
        parts = line.split(':')
        if len(parts) < 7:
            continue
        if (user is not None and parts[0] == user) or (user is None and parts[2] == uid):
            return parts[5]
    return None


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep_ = _seps(path)[0]
    i = path.find(sep_, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        env = _environ()
        if 'HOME' in env:
            userhome = env['HOME']
        else:
            userhome = _passwd_home(None)
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        userhome = _passwd_home(name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
    root = b'/' if isinstance(path, bytes) else '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    if '$' not in text:
        return path
    env = _environ()
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            j = text.find('}', i + 2)
            if j < 0:
                out.append(text[i:])
                break
            name = text[i + 2:j]
            out.append(env[name] if name in env else text[i:j + 1])
            i = j + 1
            continue
        j = i + 1
        while j < n and (text[j].isalnum() or text[j] == '_') and text[j].isascii():
            j += 1
        name = text[i + 1:j]
        if name and name in env:
            out.append(env[name])
        else:
            out.append(text[i:j])
        i = j
    res = ''.join(out)
    return res.encode('utf-8', 'surrogateescape') if is_bytes else res


def _stat(path, follow=True):
    if isinstance(path, int) and not isinstance(path, bool):
        # an open file descriptor, as os.stat takes it; in _os.stat's layout (float times)
        import os
        st = os.stat(path)
        return tuple(st[:7]) + (st.st_atime, st.st_mtime, st.st_ctime)
    path = _fspath(path)
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    return _os.stat(path, follow)


def exists(path):
    """Test whether a path exists. Returns False for broken symbolic links."""
    try:
        _stat(path)
    except (OSError, ValueError, TypeError):
        return False
    return True


def lexists(path):
    """Test whether a path exists. Returns True for broken symbolic links."""
    try:
        _stat(path, False)
    except (OSError, ValueError, TypeError):
        return False
    return True


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = _stat(s)
    except (OSError, ValueError, TypeError):
        return False
    return st[0] & 0o170000 == 0o040000


def isfile(path):
    """Test whether a path is a regular file."""
    try:
        st = _stat(path)
    except (OSError, ValueError, TypeError):
        return False
    return st[0] & 0o170000 == 0o100000


def islink(path):
    """Test whether a path is a symbolic link."""
    try:
        st = _stat(path, False)
    except (OSError, ValueError, TypeError):
        return False
    return st[0] & 0o170000 == 0o120000


def ismount(path):
    """Test whether a path is a mount point (only '/' in safepy)."""
    return abspath(path) in ('/', b'/')


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _stat(filename)[6]


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _stat(filename)[7]


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _stat(filename)[8]


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _stat(filename)[9]


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory."""
    a = _stat(f1)
    b = _stat(f2)
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    """Test whether two open file descriptors reference the same file."""
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))

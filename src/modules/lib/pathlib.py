"""pathlib: object-oriented filesystem paths (our own implementation).

A path is stored parsed: _drv (always '' on POSIX; 'C:' or '\\\\server\\share' for
Windows paths), _root ('', '/' or '//'; '' or '\\' for Windows) and _parts, the list of
components with the anchor (drv + root) first when present.  '.' components and empty
components never appear in _parts.  The two flavours differ in _parse, _sep and
_casefold (Windows paths compare case-insensitively).  Concrete Path methods delegate
to the os module (POSIX only: WindowsPath cannot be instantiated here).
"""

import fnmatch
import os
import sys

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _parse_parts(args):
    root = ''
    parts = []
    for a in args:
        if not a:
            continue
        if a.startswith('/'):
            if a.startswith('//') and not a.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        for p in a.split('/'):
            if p and p != '.':
                parts.append(p)
    if root:
        parts.insert(0, root)
    return '', root, parts


def _unc_share(s):
    # s follows the two leading backslashes: 'server\\share\\rest' -> the length of
    # 'server\\share' (0 when s does not start with a server and a share)
    i = s.find('\\')
    if i <= 0 or s[i + 1:i + 2] in ('', '\\'):
        return 0
    j = s.find('\\', i + 1)
    return len(s) if j == -1 else j


def _split_windows_drive(a):
    # a (backslashes only) -> (drive, rest, unc): 'C:x' -> ('C:', 'x'),
    # '\\\\srv\\sh\\x' -> ('\\\\srv\\sh', '\\x'); the extended prefix '\\\\?\\' is kept
    # in the drive, followed by a drive letter or 'UNC\\srv\\sh'.  A UNC drive always has
    # a root.
    prefix = ''
    if a[:4] == '\\\\?\\':
        prefix, a = a[:4], a[4:]
        if a[:4] == 'UNC\\':
            n = _unc_share(a[4:])
            if n:
                return prefix + a[:4 + n], a[4 + n:], True
            return prefix + 'UNC', a[3:], True
    elif a[:2] == '\\\\':
        n = _unc_share(a[2:])
        if n:
            return a[:2 + n], a[2 + n:], True
    if a[1:2] == ':' and a[:1].isascii() and a[:1].isalpha():
        return prefix + a[:2], a[2:], False
    return prefix, a, False


def _parse_windows_parts(args, join=False):
    # The constructor's rule: an argument with a drive replaces what came before, one
    # with only a root keeps the drive.  join=True is joinpath's rule for two paths: a
    # drive-relative second path on the same drive continues the first.
    drv = root = ''
    parts = []
    for a in args:
        if not a:
            continue
        d, rest, unc = _split_windows_drive(a.replace('/', '\\'))
        r = '\\' if unc or rest.startswith('\\') else ''
        rel = [p for p in rest.split('\\') if p and p != '.']
        if d and r:
            drv, root, parts = d, r, rel
        elif r:
            root, parts = r, rel
        elif d and not (join and d.lower() == drv.lower()):
            drv, root, parts = d, '', rel
        else:
            parts = parts + rel
    if drv or root:
        parts.insert(0, drv + root)
    return drv, root, parts


_WINDOWS_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                     | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                     | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})


def _fspath_arg(a):
    if isinstance(a, PurePath):
        return str(a)
    if isinstance(a, str):
        return a
    a = os.fspath(a)
    if isinstance(a, str):
        return a
    raise TypeError("argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % (type(a),))


class _PathParents:
    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._drv, self._root,
                                          self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash')
    _sep = '/'
    _casefold = False
    _parse = staticmethod(_parse_parts)
    _join = staticmethod(_parse_parts)

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_args(cls, args):
        strs = [_fspath_arg(a) for a in args]
        drv, root, parts = cls._parse(strs)
        return cls._from_parsed(drv, root, parts)

    @classmethod
    def _from_parsed(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    def _make(self, drv, root, parts):
        return type(self)._from_parsed(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            if self._drv or self._root:
                s = self._drv + self._root + self._sep.join(self._parts[1:])
            else:
                s = self._sep.join(self._parts) or '.'
            self._str = s
            return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._sep, '/')

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        prefix = 'file://'
        path = self.as_posix()
        if self._drv[1:2] == ':':  # 'C:/x' -> file:///C:/x
            prefix, path = 'file:///' + self._drv, path[2:]
        elif self._drv:            # UNC: file://server/share/x
            prefix = 'file:'
        out = []
        for b in path.encode('utf-8', 'surrogateescape'):
            c = chr(b)
            if c.isascii() and (c.isalnum() or c in '_.-~/'):
                out.append(c)
            else:
                out.append('%%%02X' % b)
        return prefix + ''.join(out)

    @property
    def _cparts(self):
        if self._casefold:
            return [p.lower() for p in self._parts]
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or not _same_flavour(self, other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def name(self):
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = self._parse((name,))
        if (not name or name[-1] in (self._sep, '/') or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._make(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or self._sep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._make(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        root = self._root
        if root:
            abs_parts = [self._drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse([_fspath_arg(a) for a in other])
        if to_root:
            to_abs = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs = to_parts
        n = len(to_abs)
        fold = (lambda ps: [p.lower() for p in ps]) if self._casefold else (lambda ps: ps)
        if (root or self._drv) if n == 0 else fold(abs_parts[:n]) != fold(to_abs):
            if to_drv or to_root:
                formatted = to_drv + to_root + self._sep.join(to_parts[1:])
            else:
                formatted = self._sep.join(to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is "
                             "absolute.".format(str(self), formatted))
        return self._make('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        # the arguments make one path (the constructor's rule), then it joins self
        other = self._make(*self._parse([_fspath_arg(a) for a in args]))
        drv, root, parts = self._join((str(self), str(other) if other._parts else ''))
        return self._make(drv, root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._make(drv, root, parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        if self._casefold:  # Windows: both a drive and a root
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        if not self._casefold or not self._parts or self._parts[0].startswith('\\\\'):
            return False
        name = self._parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED

    def match(self, path_pattern):
        drv, root, pat_parts = self._parse((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self._parts
        if self._casefold:
            drv = drv.lower()
            pat_parts = [p.lower() for p in pat_parts]
            parts = self._cparts
            if drv and drv != self._drv.lower():
                return False
        if root and root != self._root:
            return False
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


def _same_flavour(a, b):
    return a._casefold == b._casefold


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A PurePath of Windows' flavour: drives, backslashes, case-insensitive."""
    __slots__ = ()
    _sep = '\\'
    _casefold = True
    _parse = staticmethod(_parse_windows_parts)
    _join = staticmethod(lambda args: _parse_windows_parts(args, True))


os.PathLike.register(PurePath) if hasattr(os.PathLike, 'register') else None


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), str(self))

    def resolve(self, strict=False):
        s = os.path.realpath(str(self))
        if strict:
            os.stat(s)
        return type(self)(s)

    def expanduser(self):
        if not (self._drv or self._root) and self._parts and \
                self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def samefile(self, other_path):
        st = self.stat()
        if not isinstance(other_path, Path):
            other_path = type(self)(other_path)
        ot = other_path.stat()
        return st.st_ino == ot.st_ino and st.st_dev == ot.st_dev

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def exists(self):
        try:
            os.stat(str(self))
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_mount(self):
        return os.path.ismount(str(self)) if hasattr(os.path, 'ismount') else False

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make(self._drv, self._root, self._parts + [name])

    def _child(self, name):
        return self._make(self._drv, self._root, self._parts + [name])

    def glob(self, pattern):
        sys.audit("pathlib.Path.glob", self, pattern) if hasattr(sys, 'audit') else None
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pat = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == '/':
            pat.append('')
        return self._glob(pat)

    def rglob(self, pattern):
        drv, root, pat = _parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            pat.append('')
        return self._glob(['**'] + pat)

    def _glob(self, pat):
        seen = set()
        for p in self._select(self, pat, 0):
            s = str(p)
            if s not in seen:
                seen.add(s)
                yield p

    def _select(self, path, pat, i):
        if i == len(pat):
            yield path
            return
        part = pat[i]
        last = i == len(pat) - 1
        if part == '':
            if path.is_dir():
                yield path
            return
        if part == '**':
            for d in self._walk_dirs(path):
                yield from self._select(d, pat, i + 1)
            return
        if not any(c in part for c in '*?['):
            child = path._child(part)
            if last:
                if child.exists():
                    yield child
            elif child.is_dir():
                yield from self._select(child, pat, i + 1)
            return
        try:
            names = os.listdir(str(path))
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, part):
                child = path._child(name)
                if last:
                    yield child
                elif child.is_dir():
                    yield from self._select(child, pat, i + 1)

    def _walk_dirs(self, path):
        yield path
        try:
            names = os.listdir(str(path))
        except OSError:
            return
        for name in names:
            child = path._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data) if not isinstance(data, (bytes, bytearray)) else data
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        if hasattr(os, 'replace'):
            os.replace(str(self), str(target))
        else:
            os.rename(str(self), str(target))
        return type(self)(target)


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()

"""os (safepy implementation): the portable subset of the os module over the host table
(the C module _os). os.path is posixpath."""

import sys
import abc as _abc
import _os
import posixpath as path

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name',
           'path', 'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep', 'getcwd', 'listdir', 'mkdir', 'makedirs',
           'remove', 'unlink', 'rmdir', 'removedirs', 'rename', 'renames', 'replace',
           'stat', 'lstat', 'environ', 'getenv', 'urandom', 'cpu_count', 'getpid', 'walk',
           'scandir', 'fspath', 'PathLike', 'strerror', 'error', 'chdir', 'stat_result',
           'DirEntry', 'access', 'putenv', 'unsetenv', 'getcwdb', 'get_terminal_size', 'sys',
           'open', 'read', 'write', 'close', 'closerange', 'lseek', 'fsync', 'ftruncate',
           'fstat', 'isatty', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL',
           'O_NOCTTY', 'O_TRUNC', 'O_APPEND', 'O_NONBLOCK', 'O_CLOEXEC']

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
# open() flags (Linux values); glob and others read them at import time
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_CLOEXEC = 0o2000000

error = OSError
sys.modules['os.path'] = path

getcwd = _os.getcwd
urandom = _os.urandom
cpu_count = _os.cpu_count
getpid = _os.getpid
_exit = _os._exit
strerror = _os.strerror


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return _os.getcwd().encode('utf-8', 'surrogateescape')


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path (approximated from the mode bits
    of the file: the host reports no uid/gid checks)."""
    try:
        st = _os.stat(_str_path(path, 'access', allow_int=True), follow_symlinks)
    except OSError:
        return False
    bits = st[0]
    if mode & R_OK and not bits & 0o444:
        return False
    if mode & W_OK and not bits & 0o222:
        return False
    if mode & X_OK and not bits & 0o111:
        return False
    return True


def _str_path(p, fname, allow_none=False, allow_int=False, argname='path'):
    if p is None and allow_none:
        return '.'
    if isinstance(p, (str, bytes)) or hasattr(type(p), '__fspath__'):
        p = fspath(p)
    else:
        kinds = 'string, bytes, os.PathLike'
        if allow_int and allow_none:
            kinds += ', integer or None'
        elif allow_int:
            kinds += ' or integer'
        else:
            kinds = 'string, bytes or os.PathLike'
        raise TypeError(f'{fname}: {argname} should be {kinds}, not {type(p).__name__}')
    if isinstance(p, bytes):
        return p.decode('utf-8', 'surrogateescape')
    return p


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    if isinstance(path, bytes):
        return [n.encode('utf-8', 'surrogateescape')
                for n in _os.listdir(path.decode('utf-8', 'surrogateescape'))]
    return _os.listdir(_str_path(path, 'listdir', True, True))


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""
    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 10:
            raise TypeError(f'os.stat_result() takes a 10-sequence ({len(values)}-sequence given)')
        ints = values[:7] + tuple(int(t) for t in values[7:])
        self = tuple.__new__(cls, ints)
        self._times = values[7:]
        return self

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            f'{n}={v!r}' for n, v in zip(self._names, self)) + ')'

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path (or open file descriptor)."""
    if isinstance(path, int) and not isinstance(path, bool):
        # a descriptor: the file os.open() opened it on (the host has no fstat)
        return fstat(path)
    return stat_result(_os.stat(_str_path(path, 'stat', allow_int=True), follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_os.stat(_str_path(path, 'lstat'), False))


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    _os.mkdir(_str_path(path, 'mkdir'), mode)


_NOARG = object()


def chmod(path=_NOARG, mode=_NOARG, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file."""
    if path is _NOARG:
        raise TypeError("chmod() missing required argument 'path' (pos 1)")
    if mode is _NOARG:
        raise TypeError("chmod() missing required argument 'mode' (pos 2)")
    if isinstance(path, int) and not isinstance(path, bool):
        return fchmod(path, mode)
    _os.chmod(_str_path(path, 'chmod', allow_int=True), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): super-mkdir; create a leaf
    directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    """Remove a file (same as unlink())."""
    _os.unlink(_str_path(path, 'remove'))


def unlink(path, *, dir_fd=None):
    """Remove a file (same as remove())."""
    _os.unlink(_str_path(path, 'unlink'))


def rmdir(path, *, dir_fd=None):
    """Remove a directory."""
    _os.rmdir(_str_path(path, 'rmdir'))


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory."""
    _os.rename(_str_path(src, 'rename', argname='src'), _str_path(dst, 'rename', argname='dst'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory, overwriting the destination."""
    _os.rename(_str_path(src, 'replace', argname='src'), _str_path(dst, 'replace', argname='dst'))


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def chdir(path):
    """Change the current working directory to the specified path."""
    _os.chdir(_str_path(path, 'chdir', allow_int=True))


class _Environ:
    """os.environ: a mapping over a copy of the process environment taken at import."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        return 'environ({' + ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items()) + '})'

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    if not isinstance(key, str):
        raise TypeError('str expected, not ' + type(key).__name__)
    return environ.get(key, default)


def putenv(key, value):
    """Change or add an environment variable (only os.environ's copy in safepy)."""
    environ[key] = value


def unsetenv(key):
    """Delete an environment variable (only os.environ's copy in safepy)."""
    environ.pop(key, None)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


class DirEntry:
    """An entry of scandir(): name, path and cached stat queries."""
    __class_getitem__ = classmethod(type(list[int]))  # PEP 585: DirEntry[int]

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, p):
        self._entries = iter([DirEntry(p, n) for n in listdir(p)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._entries = iter(())

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the given path (bytes names and paths
    for a bytes path)."""
    p = _str_path(path, 'scandir', True, True)
    if isinstance(path, bytes) or (hasattr(type(path), '__fspath__') and
                                   isinstance(fspath(path), bytes)):
        p = fsencode(p)
    return _ScandirIterator(p)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class terminal_size(tuple):
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines): 80x24 for a terminal
    (the host reports no window size); OSError when fd is not a terminal, as the ioctl
    fails in CPython (shutil.get_terminal_size then uses its fallback)."""
    if not isatty(fd):
        raise OSError(25, 'Inappropriate ioctl for device')
    return terminal_size((80, 24))


# ---- file descriptors ----
# safepy's host has file handles, not descriptors: os.open() opens a raw file object
# (open(..., buffering=0)) and numbers it like a descriptor, from 3 up (0, 1 and 2 are
# the standard streams); read/write/lseek/close/fdopen act on that object.

_fds = {}


def _fd_file(fd, fname='fd'):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    f = _fds.get(fd)
    if f is None:
        raise OSError(9, 'Bad file descriptor')
    return f


def open(path, flags, mode=0o777, *, dir_fd=None):
    import builtins
    path = _str_path(path, 'open')
    acc = flags & 3
    exists = _os_exists(path)
    if flags & O_CREAT and flags & O_EXCL:
        pymode = 'x+b' if acc == O_RDWR else 'xb'
    elif not exists and not flags & O_CREAT:
        builtins.open(path, 'rb').close()  # raises FileNotFoundError & co.
        pymode = 'rb'
    elif flags & O_TRUNC and acc != O_RDONLY:
        pymode = 'w+b' if acc == O_RDWR else 'wb'
    elif flags & O_APPEND:
        pymode = 'a+b' if acc == O_RDWR else 'ab'
    elif acc == O_RDONLY:
        if not exists:
            builtins.open(path, 'ab').close()
        pymode = 'rb'
    else:
        pymode = 'r+b' if exists else 'w+b'
    f = builtins.open(path, pymode, buffering=0)
    fd = 3
    while fd in _fds:
        fd += 1
    _fds[fd] = f
    return fd


def _os_exists(p):
    try:
        stat(p)
        return True
    except OSError:
        return False


def _std(fd):
    return (sys.stdin, sys.stdout, sys.stderr)[fd] if fd in (0, 1, 2) and fd not in _fds else None


def read(fd, n):
    if n < 0:
        raise OSError(22, 'Invalid argument')
    std = _std(fd)
    if std is not None:
        return std.buffer.read(n)
    return _fd_file(fd).read(n)


def write(fd, data):
    std = _std(fd)
    if std is not None:
        std.flush()
        n = std.buffer.write(data)
        std.buffer.flush()
        return n
    return _fd_file(fd).write(data)


def close(fd):
    _fd_file(fd).close()
    del _fds[fd]


def closerange(fd_low, fd_high):
    for fd in list(_fds):
        if fd_low <= fd < fd_high:
            close(fd)


def lseek(fd, pos, how):
    return _fd_file(fd).seek(pos, how)


def fsync(fd):
    _fd_file(fd).flush()


def ftruncate(fd, length):
    _fd_file(fd).truncate(length)


def fstat(fd):
    return stat(_fd_file(fd).name)


def fchmod(fd, mode):
    """Change the access permissions of the file given by file descriptor fd."""
    _os.chmod(_fd_file(fd).name, mode)


def isatty(fd):
    std = _std(fd)
    if std is not None:
        return std.isatty()
    return False


def _open_fd(fd, mode, buffering, encoding, errors, newline, closefd):
    # builtin open(fd, ...) of a file number from os.open() or a standard stream
    if fd < 0:
        raise ValueError("negative file descriptor")
    if fd not in _fds and _std(fd) is None:
        raise OSError(9, 'Bad file descriptor')
    return fdopen(fd, mode, buffering, encoding, errors, newline, closefd)


_FdIO = None


def _fdio_class():
    # The raw stream over a file number (made on first use: it needs io): reads, writes
    # and seeks go through os.read/write/lseek; closing it closes the number only when
    # it was opened with closefd=True, as CPython's FileIO.
    global _FdIO
    if _FdIO is not None:
        return _FdIO
    import io

    class FdIO(io.RawIOBase):
        def __init__(self, fd, mode, closefd):
            self._fd = fd
            self._closefd = closefd
            self._readable = 'r' in mode or '+' in mode
            self._writable = any(c in mode for c in 'wax+')
            # FileIO's mode: x, a, then r when readable ('w+' reads back as 'rb+'), else w
            plus = '+' if '+' in mode else ''
            kind = 'x' if 'x' in mode else 'a' if 'a' in mode else 'r' if self._readable else 'w'
            self.mode = kind + 'b' + plus
            self.name = fd

        def _check(self, ok, what):
            if self.closed:
                raise ValueError("I/O operation on closed file")
            if not ok:
                raise io.UnsupportedOperation("File not open for " + what)

        def readable(self):
            self._check(True, '')
            return self._readable

        def writable(self):
            self._check(True, '')
            return self._writable

        def seekable(self):
            self._check(True, '')
            return _std(self._fd) is None

        def fileno(self):
            self._check(True, '')
            return self._fd

        def isatty(self):
            self._check(True, '')
            return isatty(self._fd)

        def read(self, size=-1):
            self._check(self._readable, 'reading')
            if size is None or size < 0:
                return self.readall()
            return read(self._fd, size)

        def readall(self):
            self._check(self._readable, 'reading')
            chunks = []
            while True:
                data = read(self._fd, 65536)
                if not data:
                    return b''.join(chunks)
                chunks.append(data)

        def readinto(self, b):
            self._check(self._readable, 'reading')
            m = memoryview(b).cast('B')
            data = read(self._fd, len(m))
            m[:len(data)] = data
            return len(data)

        def write(self, b):
            self._check(self._writable, 'writing')
            return write(self._fd, b)

        def seek(self, pos, whence=0):
            self._check(True, '')
            return lseek(self._fd, pos, whence)

        def tell(self):
            self._check(True, '')
            return lseek(self._fd, 0, 1)

        def truncate(self, size=None):
            self._check(self._writable, 'writing')
            if size is None:
                size = self.tell()
            ftruncate(self._fd, size)
            return size

        def close(self):
            if not self.closed:
                try:
                    super().close()
                finally:
                    if self._closefd and self._fd in _fds:
                        close(self._fd)

        def __repr__(self):
            return "<_io.FileIO fd=%d mode=%r closefd=%r>" % (self._fd, self.mode, self._closefd)

    FdIO.__module__ = '_io'
    FdIO.__name__ = FdIO.__qualname__ = 'FileIO'
    _FdIO = FdIO
    return FdIO


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    import io
    if not isinstance(mode, str):
        raise TypeError("invalid mode: %s" % (mode,))
    if _std(fd) is None:
        _fd_file(fd)
    raw = _fdio_class()(fd, mode, closefd)
    if 'b' in mode:
        if buffering == 0 or '+' in mode:
            return raw
        return io.BufferedReader(raw) if 'r' in mode else io.BufferedWriter(raw)
    if buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    buf = raw
    if '+' not in mode:
        buf = io.BufferedReader(raw) if 'r' in mode else io.BufferedWriter(raw)
    t = io.TextIOWrapper(buf, encoding=encoding, errors=errors, newline=newline,
                         line_buffering=buffering == 1)
    t.mode = mode
    return t


# Which functions honour dir_fd / an fd in place of a path / follow_symlinks=False /
# effective_ids (shutil, glob, tempfile and tests ask before using them). The host
# interface has no *at() calls and no fd-based stat, so dir_fd and fd paths are unsupported;
# stat and access do honour follow_symlinks.
supports_dir_fd = set()
supports_fd = {chmod}
supports_effective_ids = set()
supports_follow_symlinks = {stat, access}

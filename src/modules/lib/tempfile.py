"""tempfile: temporary files and directories (our own implementation).

The shape follows CPython 3.11's module, private helpers included, because programs and
tests reach for them: names come from one shared _RandomNameSequence (eight characters of
"a-z0-9_"); every file is created by _mkstemp_inner with an exclusive os.open, so two
callers never share one; str or bytes arguments give str or bytes names
(_infer_return_type); SpooledTemporaryFile keeps its data in a BytesIO/StringIO until it
grows past max_size or fileno() is asked for, then rolls over to a TemporaryFile.
TemporaryFile is a file already unlinked (its name is the file descriptor).
"""

import io as _io
import os as _os
import types as _types
import weakref as _weakref
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

# the flags mkstemp opens with (POSIX has no text mode: both are the same)
_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
if hasattr(_os, 'O_NOFOLLOW'):
    _text_openflags |= _os.O_NOFOLLOW
_bin_openflags = _text_openflags
if hasattr(_os, 'O_BINARY'):
    _bin_openflags |= _os.O_BINARY

TMP_MAX = 10000
template = "tmp"
tempdir = None

# TemporaryFile uses O_TMPFILE when the os module has it and it works; safepy's does not
_O_TMPFILE_WORKS = hasattr(_os, 'O_TMPFILE')

_name_sequence = None


def _infer_return_type(*args):
    """str or bytes: the type of the non-None arguments (str when all are None)."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    if return_type is None:
        # no argument says: the type of tempdir decides (a program may set it to bytes)
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    """The defaults filled in, in the type the arguments ask for."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of eight-character names from "a-z0-9_". The generator is
    made again after a fork (a new pid), so parent and child draw different names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        cur_pid = _os.getpid()
        if cur_pid != getattr(self, '_rng_pid', None):
            self._rng = _random.Random()
            self._rng_pid = cur_pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _candidate_tempdir_list():
    """The directories gettempdir tries, in order: $TMPDIR, $TEMP, $TMP, the usual
    system places, then the current directory."""
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory a file can actually be created and written in."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirlist)


def _get_candidate_names():
    """The module's one _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create a new file exclusively: (its descriptor, its absolute path)."""
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file as securely as possible: (an OS-level descriptor, its absolute
    path). The caller owns the file and deletes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory readable and writable only by its owner; returns its path
    (joined to dir as given, as in CPython 3.11). The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it before
    the caller does; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes the file and, with delete, removes it: once only."""

    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        unlink(self.name)
                    except FileNotFoundError:
                        pass


class _TemporaryFileWrapper:
    """The file object of NamedTemporaryFile: the open file's attributes, plus name and
    delete; closing it (or leaving its with block) removes the file when delete is set."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        file = self.__dict__['file']
        a = getattr(file, name)
        if callable(a):
            # a bound method of the file keeps this wrapper (hence the file) alive
            func = a

            def func_wrapper(*args, **kwargs):
                return func(*args, **kwargs)
            func_wrapper._closer = self._closer
            try:
                func_wrapper.__name__ = func.__name__
                func_wrapper.__qualname__ = getattr(func, '__qualname__', func.__name__)
                func_wrapper.__doc__ = func.__doc__
            except (AttributeError, TypeError):
                pass
            func_wrapper.__wrapped__ = func
            a = func_wrapper
        if not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the temporary file, removing it if delete was set."""
        self._closer.close()

    def __iter__(self):
        # a generator, so the wrapper stays alive while the lines are read
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name); removed when closed if delete."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    name = None

    # the file is created inside open(), which owns the descriptor from then on (a bad
    # encoding or mode closes it there)
    def opener(*args):
        nonlocal name
        fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
        return fd
    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors, opener=opener)
        try:
            raw = getattr(file, 'buffer', file)
            raw = getattr(raw, 'raw', raw)
            try:
                raw.name = name
            except (AttributeError, TypeError):
                pass
            return _TemporaryFileWrapper(file, name, delete)
        except BaseException:
            file.close()
            raise
    except BaseException:
        if name is not None:
            _os.unlink(name)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system (removed at once; its name is
    its descriptor): it disappears when closed."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd = None

    def opener(*args):
        nonlocal fd
        fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
        try:
            _os.unlink(name)
        except BaseException:
            _os.close(fd)
            raise
        return fd
    file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors, opener=opener)
    raw = getattr(file, 'buffer', file)
    raw = getattr(raw, 'raw', raw)
    try:
        raw.name = fd
    except (AttributeError, TypeError):
        pass
    return file


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (BytesIO or a TextIOWrapper over one) until it
    grows past max_size or fileno() is called; then its data move to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            import warnings as _warnings
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with everything in it by cleanup(), at the
    end of a with block, or when the object is collected (with a ResourceWarning)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil as _shutil

        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], FileNotFoundError):
                return
            if not ignore_errors:
                raise exc_info[1]

        _shutil.rmtree(name, onerror=onerror)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)
        import warnings as _warnings
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

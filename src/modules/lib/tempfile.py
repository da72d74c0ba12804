"""tempfile: temporary files and directories (our own implementation).

Names are made of a prefix, eight random characters and a suffix, created with
exclusive-create opens so two callers never share one. safepy's files have no OS-level
descriptors to hand out, so mkstemp() is not offered; NamedTemporaryFile,
TemporaryFile, TemporaryDirectory, mkdtemp and mktemp are.
"""

import os as _os
import random as _random

__all__ = ["mkstemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
           "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _name():
    return ''.join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _candidate_dirs():
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.getenv(env)
        if d:
            yield d
    yield '/tmp'
    yield '/var/tmp'
    yield '/usr/tmp'
    yield _os.getcwd()


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if _os.path.isdir(d) and _os.access(d, _os.W_OK):
                tempdir = _os.path.abspath(d)
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                                    % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """A new file, created exclusively: (an os-level file number, its absolute path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.abspath(_os.path.join(dir, prefix + _name() + suffix))
        try:
            fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise FileExistsError(17, "No usable temporary file name found")


def _create(mode, buffering, encoding, newline, suffix, prefix, dir, errors):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.abspath(_os.path.join(dir, prefix + _name() + suffix))
        try:
            open(path, 'xb').close()
        except FileExistsError:
            continue
        f = open(path, mode.replace('x', 'w'), buffering=buffering, encoding=encoding,
                 newline=newline, errors=errors)
        return path, f
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    path, f = _create(mode, buffering, encoding, newline, suffix, prefix, dir, errors)
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


def SpooledTemporaryFile(max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                         suffix=None, prefix=None, dir=None, *, errors=None):
    return TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                         errors=errors)


def _rmtree(path):
    for root, dirs, files in _os.walk(path, topdown=False):
        for name in files:
            _os.unlink(_os.path.join(root, name))
        for name in dirs:
            _os.rmdir(_os.path.join(root, name))
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory removed, with everything in it, by cleanup() or at the with's end."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

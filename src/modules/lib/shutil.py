"""shutil: high-level file operations (our own implementation, over os and open()).

Copies go through the file objects; copy and copy2 then copy the permission bits
(safepy's os has no utime, so copy2 keeps no times). rmtree walks bottom-up; move renames or copies then
removes.
"""

import os
import sys

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SameFileError", "which", "get_terminal_size", "ignore_patterns",
           "copymode", "copystat", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format", "unpack_archive",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "SpecialFileError", "ExecError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class ReadError(OSError):
    """An archive that cannot be read."""


class RegistryError(Exception):
    """A problem with the archive format registries."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not
    supported on a special file (e.g. a named pipe)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class _GiveupOnFastCopy(Exception):
    """CPython's signal from a platform fast-copy path to fall back to plain read/write.
    safepy has no such path (every copy is read/write), but code written for CPython
    imports or catches the name."""


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except (OSError, AttributeError):
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # 'missing/' names no directory: say so rather than "Is a directory"
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    sys.audit("shutil.copymode", src, dst)
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return  # no lchmod (as on Linux)
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    sys.audit("shutil.copystat", src, dst)
    follows = follow_symlinks or not (os.path.islink(src) and os.path.islink(dst))
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follows)
    else:
        st = os.stat(src, follow_symlinks=follows)
    if follows:  # chmod has no follow_symlinks=False (no lchmod, as on Linux)
        os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    import fnmatch

    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = sorted(os.listdir(src))
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree_walk(path, onerror):
    # remove what path holds, depth first, then path itself; each failure goes to
    # onerror(function, path, exc_info) and the walk goes on
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                if entry.is_symlink():
                    raise OSError("Cannot call rmtree on a symbolic link")
            except OSError:
                onerror(os.path.islink, full, sys.exc_info())
                continue
            _rmtree_walk(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove a directory tree. ignore_errors drops failures; else onerror(function,
    path, exc_info) is told of each, or (without one) the first is raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    try:
        if os.path.islink(path):
            # a symbolic link to a directory is refused, not followed
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    return _rmtree_walk(path, onerror)


# CPython removes trees through dir_fd-relative calls when the os module offers them
# (safe against symlink swaps during the walk); safepy's host has no *at() calls.
_use_fd_functions = ({os.open, os.stat, os.unlink, os.rmdir} <= os.supports_dir_fd and
                     os.scandir in os.supports_fd and os.stat in os.supports_follow_symlinks)
rmtree.avoids_symlink_attacks = _use_fd_functions


def _destinsrc(src, dst):
    # is dst inside the directory src (move refuses to move a directory into itself)?
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def _basename(path):
    # the last component, trailing separators ignored ('a/b/' -> 'b'); PathLike too
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or '')
    if isinstance(path, bytes):
        sep = os.fsencode(sep)
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        if os.path.exists(cmd) and os.access(cmd, mode) and not os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in path.split(os.pathsep):
        normdir = os.path.normcase(d)
        if normdir in seen:
            continue
        seen.add(normdir)
        name = os.path.join(d, cmd)
        if os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name):
            return name
    return None


def get_terminal_size(fallback=(80, 24)):
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


# ---- archives (zip, tar and gzip'ed tar: safepy has no bz2 or lzma) ----

def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None,
                  group=None, logger=None, root_dir=None):
    import tarfile
    if compress not in (None, "gzip"):
        raise ValueError("bad value for 'compress', or compression format not supported : {0}".format(compress))
    archive_name = base_name + ".tar" + (".gz" if compress == "gzip" else "")
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir) and not dry_run:
        os.makedirs(archive_dir)

    def set_owner(tarinfo):
        # CPython sets uid/uname only for a user the password database knows; safepy has
        # no pwd/grp database, so owner and group leave the members as they are
        return tarinfo
    if not dry_run:
        tar = tarfile.open(archive_name, "w|gz" if compress == "gzip" else "w")
        try:
            # members are named from base_dir; root_dir, when given, is where it lives
            arcname = base_dir
            tar.add(base_dir if root_dir is None else os.path.join(root_dir, base_dir),
                    arcname, filter=set_owner)
        finally:
            tar.close()
    if root_dir is not None:
        archive_name = os.path.abspath(archive_name)
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None, group=None,
                  root_dir=None):
    import zipfile
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if archive_dir and not os.path.exists(archive_dir) and not dry_run:
        os.makedirs(archive_dir)
    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            # names inside the archive are relative to root_dir (or the current directory)
            arcname = os.path.normpath(base_dir)
            if root_dir is not None:
                base_dir = os.path.join(root_dir, base_dir)
            base_dir = os.path.normpath(base_dir)
            if arcname != os.curdir:
                zf.write(base_dir, arcname)
            for dirpath, dirnames, filenames in os.walk(base_dir):
                arcdir = dirpath
                if root_dir is not None:
                    arcdir = os.path.relpath(arcdir, root_dir)
                arcdir = os.path.normpath(arcdir)
                for name in sorted(dirnames):
                    zf.write(os.path.join(dirpath, name), os.path.join(arcdir, name))
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        zf.write(path, os.path.join(arcdir, name))
    if root_dir is not None:
        zip_filename = os.path.abspath(zip_filename)
    return zip_filename


# the built-in formats take root_dir themselves: make_archive need not change directory
_make_tarball.supports_root_dir = True
_make_zipfile.supports_root_dir = True


_ARCHIVE_FORMATS = {
    "gztar": (_make_tarball, [("compress", "gzip")], "gzip'ed tar-file"),
    "tar": (_make_tarball, [("compress", None)], "uncompressed tar file"),
    "zip": (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    formats = [(name, registry[2]) for name, registry in _ARCHIVE_FORMATS.items()]
    formats.sort()
    return formats


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    """Create an archive (zip, tar, gztar or a registered format) of base_dir, named
    relative to root_dir; returns the archive's name."""
    try:
        func, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    kwargs.update(dict(extra))
    if base_dir is None:
        base_dir = os.curdir
    save_cwd = None
    if root_dir is not None:
        if getattr(func, 'supports_root_dir', False):
            base_name = os.fspath(base_name)
            kwargs['root_dir'] = root_dir
        else:
            # a registered format that only knows the current directory
            save_cwd = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            base_name = os.path.abspath(base_name)
            if not dry_run:
                os.chdir(root_dir)
    try:
        filename = func(base_name, base_dir, **kwargs)
    finally:
        if save_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", save_cwd)
            os.chdir(save_cwd)
    return filename


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        for info in zf.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            parent = os.path.dirname(target)
            if parent and not os.path.isdir(parent):
                os.makedirs(parent)
            if not name.endswith('/'):
                with zf.open(name) as source, open(target, 'wb') as dest:
                    copyfileobj(source, dest)


def _unpack_tarfile(filename, extract_dir):
    import tarfile
    try:
        tarobj = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename) from None
    try:
        tarobj.extractall(extract_dir)
    finally:
        tarobj.close()


_UNPACK_FORMATS = {
    "gztar": ([".tar.gz", ".tgz"], _unpack_tarfile, [], "gzip'ed tar-file"),
    "tar": ([".tar"], _unpack_tarfile, [], "uncompressed tar file"),
    "zip": ([".zip"], _unpack_zipfile, [], "ZIP file"),
}


def get_unpack_formats():
    formats = [(name, info[0], info[3]) for name, info in _UNPACK_FORMATS.items()]
    formats.sort()
    return formats


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    existing = {}
    for n, info in _UNPACK_FORMATS.items():
        for ext in info[0]:
            existing[ext] = n
    for ext in extensions:
        if ext in existing:
            raise RegistryError('%s is already registered for "%s"' % (ext, existing[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is not None:
        try:
            info = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
        info[1](filename, extract_dir, **dict(info[2]))
        return
    for name, info in _UNPACK_FORMATS.items():
        for ext in info[0]:
            if filename.endswith(ext):
                info[1](filename, extract_dir, **dict(info[2]))
                return
    raise ReadError("Unknown archive format '{0}'".format(filename))

"""zipfile: read and write ZIP archives (safepy's own implementation).

ZipFile reads the central directory of an archive (a path or a seekable binary file) and
writes new members with ZIP_STORED or ZIP_DEFLATED (raw deflate through zlib), in the
record layout CPython's zipfile writes: a local header, the data, and at close() the
central directory and the end record (with the archive comment). ZipInfo carries each
member's metadata with CPython's defaults (permissions ?rw------- for writestr, 0o40775
for directories, the Unix create_system), ZipExtFile reads a member (read, read1, peek,
readline, iteration, seek/tell) and checks its CRC at the end.

Not supported: ZIP64 (members or archives of 2 GiB and more raise LargeZipFile),
encryption (pwd), bzip2/lzma members, writing to unseekable streams, zipfile.Path,
PyZipFile.
"""

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import time
import warnings
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """A ZIP file that would need ZIP64 (not supported here)."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_LOCAL = struct.Struct("<4s2B4HL2L2H")        # local file header
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")    # central directory entry
_END = struct.Struct("<4s4H2LH")              # end of central directory
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _end_record(fp):
    # the end-of-central-directory fields of seekable binary file [fp], or None
    fp.seek(0, 2)
    size = fp.tell()
    if size < _END.size:
        return None
    fp.seek(max(0, size - _END.size - ZIP_MAX_COMMENT))
    tail = fp.read()
    k = tail.rfind(_END_SIG)
    while k >= 0:
        if k + _END.size <= len(tail):
            rec = list(_END.unpack(tail[k:k + _END.size]))
            clen = rec[7]
            comment = tail[k + _END.size:k + _END.size + clen]
            return rec, comment, size - len(tail) + k
        k = tail.rfind(_END_SIG, 0, k)
    return None


def is_zipfile(filename):
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            try:
                return _end_record(filename) is not None
            finally:
                filename.seek(pos)
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class ZipInfo:
    """Information about one member of an archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        out = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            out.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            out.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            out.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            out.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            out.append(' compress_size=%r' % self.compress_size)
        out.append('>')
        return ''.join(out)

    def is_dir(self):
        return self.filename[-1:] == '/'

    def _name_bytes(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time
        return (s // 2) | (mi << 5) | (h << 11), d | (mo << 5) | ((y - 1980) << 9)

    def _versions(self):
        low = DEFAULT_VERSION if self.compress_type == ZIP_DEFLATED else 0
        return max(low, self.extract_version), max(low, self.create_version)

    def FileHeader(self, zip64=None):
        if self.file_size > ZIP64_LIMIT or self.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        name, flags = self._name_bytes()
        dostime, dosdate = self._dos_time()
        extract, _ = self._versions()
        return _LOCAL.pack(_LOCAL_SIG, extract, self.reserved, flags, self.compress_type,
                           dostime, dosdate, self.CRC, self.compress_size, self.file_size,
                           len(name), len(self.extra)) + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its data decompressed on first use, CRC checked."""

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._info = zipinfo
        self._compress_type = zipinfo.compress_type
        self.name = zipinfo.filename
        self.mode = mode
        self._data = None
        self._pos = 0
        self._closed = False
        self.newlines = None

    def _load(self):
        if self._data is None:
            raw = self._fileobj.read(self._info.compress_size)
            if self._compress_type == ZIP_DEFLATED:
                try:
                    data = zlib.decompress(raw, -15)
                except zlib.error as e:
                    raise BadZipFile("Bad compressed data for file %r (%s)" % (self.name, e)) from None
            elif self._compress_type == ZIP_STORED:
                data = raw
            else:
                _check_compression(self._compress_type)
            if len(data) != self._info.file_size:
                raise EOFError("Unexpected end of file" if len(data) < self._info.file_size
                               else "Bad length for file %r" % self.name)
            if binascii.crc32(data) != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            self._data = data
        return self._data

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def __repr__(self):
        out = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self._closed:
            out.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                out.append(' compress_type=%s' % compressor_names.get(self._compress_type, self._compress_type))
        else:
            out.append(' [closed]')
        out.append('>')
        return ''.join(out)

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def read(self, n=-1):
        self._check()
        data = self._load()
        if n is None or n < 0:
            out = data[self._pos:]
        else:
            out = data[self._pos:self._pos + n]
        self._pos += len(out)
        return out

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        self._check()
        data = self._load()
        return data[self._pos:self._pos + max(n, 512)]

    def readline(self, limit=-1):
        self._check()
        data = self._load()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        out = data[self._pos:end]
        self._pos = end
        return out

    def seek(self, offset, whence=0):
        self._check()
        data = self._load()
        if whence == 0:
            pos = offset
        elif whence == 1:
            pos = self._pos + offset
        elif whence == 2:
            pos = len(data) + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        self._pos = min(max(pos, 0), len(data))
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def close(self):
        if not self._closed:
            self._closed = True
            if self._close_fileobj:
                self._fileobj.close()


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: the data is collected and written at close()."""

    def __init__(self, zf, zinfo):
        self._zf = zf
        self._info = zinfo
        self._parts = []
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        b = bytes(memoryview(data))
        self._parts.append(b)
        return len(b)

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._zf._writing = False
        self._zf._write_member(self._info, b"".join(self._parts))


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            fmode = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            try:
                self.fp = open(file, fmode)
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = open(file, 'w+b')
                mode = 'w'
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                self.start_dir = self.fp.tell() if self._filePassed else 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        out = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                out.append(' file=%r' % self.fp)
            elif self.filename is not None:
                out.append(' filename=%r' % self.filename)
            out.append(' mode=%r' % self.mode)
        else:
            out.append(' [closed]')
        out.append('>')
        return ''.join(out)

    # ---- reading the directory ----

    def _read_directory(self):
        fp = self.fp
        try:
            found = _end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file") from None
        if found is None:
            raise BadZipFile("File is not a zip file")
        rec, comment, end_at = found
        size_cd, offset_cd = rec[5], rec[6]
        self._comment = comment
        concat = end_at - size_cd - offset_cd  # bytes before the archive (a prepended stub)
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        enc = self.metadata_encoding or 'cp437'
        while pos < len(data):
            if len(data) - pos < _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            f = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            if f[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            name = data[pos:pos + f[12]]
            pos += f[12]
            flags = f[5]
            name = name.decode('utf-8' if flags & 0x800 else enc)
            x = ZipInfo(name)
            x.extra = data[pos:pos + f[13]]
            pos += f[13]
            x.comment = data[pos:pos + f[14]]
            pos += f[14]
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
             x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = f[1:12]
            x.volume, x.internal_attr, x.external_attr, x.header_offset = f[15:19]
            x.header_offset += concat
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
        ends = sorted(z.header_offset for z in self.filelist) + [self.start_dir]
        for z in self.filelist:
            z._end_offset = next(e for e in ends if e > z.header_offset) if z.header_offset < self.start_dir else None

    def namelist(self):
        return [z.filename for z in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for z in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % z.date_time[:6]
            print("%-46s %s %12d" % (z.filename, date, z.file_size), file=file)

    def testzip(self):
        for z in self.filelist:
            try:
                with self.open(z.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return z.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            warnings.warn('Archive comment is too long; truncating to %d bytes' % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        head = fp.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        h = _LOCAL.unpack(head)
        if h[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fname = fp.read(h[10])
        if h[11]:
            fp.read(h[11])
        if zinfo.flag_bits & 0x1:
            raise NotImplementedError("encrypted members are not supported")
        fname = fname.decode('utf-8' if zinfo.flag_bits & 0x800 else (self.metadata_encoding or 'cp437'))
        if fname != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.' % (zinfo.orig_filename, fname))
        return ZipExtFile(fp, mode, zinfo, pwd)

    # ---- writing ----

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Files count is too large")

    def _open_to_write(self, zinfo):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._writecheck(zinfo)
        self._didModify = True
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    def _write_member(self, zinfo, data):
        zinfo.file_size = len(data)
        zinfo.CRC = binascii.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel if zinfo._compresslevel is not None else -1
            c = zlib.compressobj(level, zlib.DEFLATED, -15)
            body = c.compress(data) + c.flush()
        else:
            body = data
        zinfo.compress_size = len(body)
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self.fp.write(zinfo.FileHeader())
        self.fp.write(body)
        self.start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = compress_type if compress_type is not None else self.compression
        zinfo._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
        with open(filename, "rb") as src:
            data = src.read()
        with self.open(zinfo, 'w') as dest:
            dest.write(data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1:] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode='w') as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        self._writecheck(zinfo)
        self._didModify = True
        zinfo.compress_type = ZIP_STORED
        zinfo.flag_bits = 0
        self._write_member(zinfo, b"")

    # ---- extracting ----

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for m in members:
            self._extract_member(m, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        parts = [x for x in arcname.split(os.path.sep) if x not in ('', os.path.curdir, os.path.pardir)]
        arcname = os.path.sep.join(parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upper = os.path.dirname(targetpath)
        if upper and not os.path.exists(upper):
            os.makedirs(upper)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # ---- closing ----

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_directory(self):
        fp = self.fp
        fp.seek(self.start_dir)
        start = fp.tell()
        for z in self.filelist:
            name, flags = z._name_bytes()
            dostime, dosdate = z._dos_time()
            extract, create = z._versions()
            if z.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Zipfile size would require ZIP64 extensions")
            fp.write(_CENTRAL.pack(_CENTRAL_SIG, create, z.create_system, extract, z.reserved,
                                   flags, z.compress_type, dostime, dosdate, z.CRC,
                                   z.compress_size, z.file_size, len(name), len(z.extra),
                                   len(z.comment), 0, z.internal_attr, z.external_attr,
                                   z.header_offset))
            fp.write(name)
            fp.write(z.extra)
            fp.write(z.comment)
        end = fp.tell()
        n = len(self.filelist)
        fp.write(_END.pack(_END_SIG, 0, 0, n, n, end - start, start, len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

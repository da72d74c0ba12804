"""Functions that read and write gzipped files (safepy implementation over zlib).

A GzipFile in read mode is, as CPython's, an io.BufferedReader (its _buffer) over a
_GzipReader: a raw stream that decompresses members as data is asked for (multi-member
files and zero padding between members handled as CPython does), seeks by rewinding
and reading forward. In write mode it compresses as data comes and writes the trailer
on close.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_EOF_MSG = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _xfl(level):
    if level == _COMPRESS_LEVEL_BEST:
        return b'\002'
    if level == _COMPRESS_LEVEL_FAST:
        return b'\004'
    return b'\000'


class GzipFile(io.BufferedIOBase):
    """The GzipFile class simulates most of the methods of a file object with
    the exception of the truncate() method."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BufferedReader(_GzipReader(fileobj))
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError("Invalid initialization option")
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._buffer.raw._last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b'\037\213\010')
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        self.fileobj.write(bytes([FNAME if fname else 0]))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(struct.pack("<L", int(mtime) & 0xffffffff))
        self.fileobj.write(_xfl(compresslevel))
        self.fileobj.write(b'\377')
        if fname:
            self.fileobj.write(fname + b'\000')

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    # ---- reading: through the BufferedReader ----

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, what + "() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read("read")
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def peek(self, n):
        self._check_read("peek")
        return self._buffer.peek(n)

    def readline(self, size=-1):
        self._check_not_closed()
        return self._buffer.readline(size)

    def readinto(self, b):
        self._check_read("read")
        return self._buffer.readinto(b)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<L", self.crc & 0xffffffff))
                fileobj.write(struct.pack("<L", self.size & 0xffffffff))
            elif self.mode == READ:
                self._buffer.close()
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._buffer.tell()

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self.offset))
            return self.offset
        self._check_not_closed()
        return self._buffer.seek(offset, whence)

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


class _Source:
    """The compressed input: reads from the file, after the bytes handed back with
    unread() (what the decompressor did not use: the next header, the trailer)."""

    def __init__(self, fp):
        self.fp = fp
        self.back = b''

    def read(self, n):
        if self.back:
            data, self.back = self.back[:n], self.back[n:]
            if len(data) < n:
                data += self.fp.read(n - len(data))
            return data
        return self.fp.read(n)

    def unread(self, data):
        self.back = data + self.back

    def rewind(self):
        self.back = b''
        self.fp.seek(0)


class _GzipReader(io.RawIOBase):
    """A raw stream of the decompressed data of the gzip members in a file."""

    def __init__(self, fp):
        self._fp = _Source(fp)
        self._last_mtime = None
        self._reset()

    def _reset(self):
        self._decomp = None     # the current member's decompressor; None between members
        self._crc = 0
        self._member_size = 0
        self._pos = 0
        self._size = -1         # total decompressed size once the end was reached
        self._done = False
        self._out = b''         # decompressed data not handed out yet, from _out_at on
        self._out_at = 0

    def readable(self):
        return True

    def seekable(self):
        # as CPython's: forward seeks work on any stream
        return True

    def close(self):
        self._decomp = None
        return super().close()

    def _end_member(self):
        crc, isize = struct.unpack("<II", _read_exact(self._fp, 8))
        if crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if isize != (self._member_size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        # zero padding may follow a member
        c = b"\x00"
        while c == b"\x00":
            c = self._fp.read(1)
        if c:
            self._fp.unread(c)
        self._decomp = None

    def _chunk(self, size):
        # up to [size] (> 0) bytes of decompressed data; b'' at the end of the file
        if self._out_at < len(self._out):
            at = self._out_at
            self._out_at = min(at + size, len(self._out))
            self._pos += self._out_at - at
            return self._out[at:self._out_at]
        while True:
            if self._done:
                return b""
            if self._decomp is None:
                mtime = _read_gzip_header(self._fp)
                if mtime is None:
                    self._done = True
                    self._size = self._pos
                    return b""
                self._last_mtime = mtime
                self._decomp = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
                self._crc = zlib.crc32(b"")
                self._member_size = 0
            # a whole input chunk at once (no max_length): what the caller does not take
            # now waits in _out
            buf = self._fp.read(io.DEFAULT_BUFFER_SIZE)
            out = self._decomp.decompress(buf)
            if self._decomp.unused_data:
                self._fp.unread(self._decomp.unused_data)
            if out:
                self._crc = zlib.crc32(out, self._crc)
                self._member_size += len(out)
                if self._decomp.eof:
                    self._end_member()
                self._out = out
                self._out_at = min(size, len(out))
                self._pos += self._out_at
                return out if self._out_at == len(out) else out[:self._out_at]
            if self._decomp.eof:
                self._end_member()
                continue
            if not buf:
                raise EOFError(_EOF_MSG)

    def readinto(self, b):
        with memoryview(b) as view, view.cast("B") as byte_view:
            data = self.read(len(byte_view))
            byte_view[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        if not size:
            return b""
        return self._chunk(size)

    def readall(self):
        parts = []
        while True:
            data = self._chunk(io.DEFAULT_BUFFER_SIZE * 8)
            if not data:
                return b"".join(parts)
            parts.append(data)

    def tell(self):
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            # backwards: start again from the beginning of the file
            self._fp.rewind()
            self._reset()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(io.DEFAULT_BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        b = fp.read(n - len(data))
        if not b:
            raise EOFError(_EOF_MSG)
        data += b
    return data


def _read_gzip_header(fp):
    """Reads a member's header from [fp]: its mtime, or None at the end of the data."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    if flag & FNAME:
        while True:
            s = fp.read(1)
            if not s or s == b'\000':
                break
    if flag & FCOMMENT:
        while True:
            s = fp.read(1)
            if not s or s == b'\000':
                break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


def _decompress_members(data, want_mtime=False):
    members = []
    mtime = None
    while True:
        fp = io.BytesIO(data)
        header_mtime = _read_gzip_header(fp)
        if header_mtime is None:
            break
        mtime = header_mtime
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MSG)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\x00")
    result = b"".join(members)
    return (result, mtime) if want_mtime else result


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string.

    compresslevel sets the compression level in range of 0-9.
    mtime can be used to set the modification time. The modification time is
    set to the current time by default.
    """
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    header = b'\037\213\010\000' + struct.pack("<L", int(mtime) & 0xffffffff) + \
        _xfl(compresslevel) + b'\377'
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot.
    Return the decompressed string.
    """
    return _decompress_members(data)

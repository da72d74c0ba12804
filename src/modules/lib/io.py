"""io: the stream class hierarchy over the C streams of _io.

_io (iomod*.c) provides the concrete streams: the C TextIOWrapper serves open() in text
mode and the standard streams, _io.BufferedReader/BufferedWriter/BufferedRandom/FileIO
open() in binary mode, plus StringIO and BytesIO.  This module adds the abstract
classes IOBase, RawIOBase, BufferedIOBase and TextIOBase (with Python implementations of
their mixin methods, for user subclasses), and the Buffered*/FileIO names.

Invariant: isinstance() against these classes classifies a C stream by what it is: a text
stream is a TextIOBase (and TextIOWrapper); a binary one a BufferedIOBase and the
BufferedReader, BufferedWriter or BufferedRandom of its C type, or a RawIOBase/FileIO.
"""

import abc
import builtins
import _io
from _io import (DEFAULT_BUFFER_SIZE, BytesIO, StringIO,
                 UnsupportedOperation, SEEK_SET, SEEK_CUR, SEEK_END)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

open = builtins.open
BlockingIOError = builtins.BlockingIOError
_CStream = _io.TextIOWrapper


def open_code(path):
    """Open a file of Python source (or other code) for reading, in binary mode."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream opened with [encoding] uses ('locale' for None)."""
    if encoding is None:
        return "locale"
    return encoding


def _stream_classes(inst):
    # The abstract classes a C stream of _io counts as an instance of, or None when
    # [inst] is not one.
    t = type(inst)
    if t is _CStream:
        return (IOBase, TextIOBase, TextIOWrapper)
    kind = _C_BINARY.get(t)
    if kind is None:
        return None
    if kind is FileIO:
        return (IOBase, RawIOBase, FileIO)
    return (IOBase, BufferedIOBase, kind)


class _IOMeta(abc.ABCMeta):
    def __instancecheck__(cls, inst):
        classes = _stream_classes(inst)
        if classes is not None:
            return cls in classes
        return super().__instancecheck__(inst)


def _unsupported(name):
    raise UnsupportedOperation(name)


class IOBase(metaclass=_IOMeta):
    """Root of the stream classes: close/closed, iteration over lines, context manager."""

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    @staticmethod
    def _check(ok, what, msg):
        if not ok:
            raise UnsupportedOperation("File or stream is not %s." % what
                                       if msg is None else msg)

    def _checkSeekable(self, msg=None):
        self._check(self.seekable(), "seekable", msg)

    def _checkReadable(self, msg=None):
        self._check(self.readable(), "readable", msg)

    def _checkWritable(self, msg=None):
        self._check(self.writable(), "writable", msg)

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            if peek is not None:
                readahead = peek(1)
                if not readahead:
                    n = 1
                else:
                    n = (readahead.find(b"\n") + 1) or len(readahead)
                    if size >= 0:
                        n = min(n, size)
            else:
                n = 1
            b = self.read(n)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered byte streams: read() is built on readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered byte streams: readinto() is built on read()."""

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, read1=False)

    def readinto1(self, b):
        return self._readinto(b, read1=True)

    def _readinto(self, b, read1):
        if not isinstance(b, memoryview):
            b = memoryview(b)
        b = b.cast('B')
        if read1:
            data = self.read1(len(b))
        else:
            data = self.read(len(b))
        if data is None:
            return None
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class TextIOBase(IOBase):
    """Streams of str."""

    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self, size=-1):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class FileIO(RawIOBase):
    """Raw file I/O. FileIO(name, mode) opens a file as open(name, mode + 'b',
    buffering=0) does: the result is _io.FileIO, which counts as an instance of this
    class (a subclass gets a plain object of its own, for its own implementation)."""

    def __new__(cls, file=None, mode='r', closefd=True, opener=None):
        if cls is not FileIO:
            return super().__new__(cls)
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        kinds = sum(mode.count(c) for c in 'rwxa')
        if any(c not in 'rwxab+' for c in mode):
            raise ValueError("invalid mode: %s" % mode)
        if kinds != 1 or mode.count('+') > 1:
            raise ValueError("Must have exactly one of create/read/write/append mode "
                             "and at most one plus")
        return builtins.open(file, mode.replace('b', '') + 'b', buffering=0,
                             closefd=closefd, opener=opener)


class _BufferedRaw(BufferedIOBase):
    """What the buffered classes share when they wrap a raw stream given to them
    (safepy's open() returns C streams that count as their instances instead)."""

    def _init_raw(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size

    @property
    def raw(self):
        return self._raw

    def _checkRaw(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        self._checkRaw()
        return self._raw.closed

    @property
    def name(self):
        self._checkRaw()
        return self._raw.name

    @property
    def mode(self):
        self._checkRaw()
        return self._raw.mode

    def seekable(self):
        self._checkRaw()
        return self._raw.seekable()

    def fileno(self):
        self._checkRaw()
        return self._raw.fileno()

    def isatty(self):
        self._checkRaw()
        return self._raw.isatty()

    def close(self):
        self._checkRaw()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def detach(self):
        self._checkRaw()
        self.flush()
        raw, self._raw = self._raw, None
        return raw

    def __repr__(self):
        cls = "_io." + type(self).__name__ if type(self).__module__ == "io" else \
            type(self).__module__ + "." + type(self).__qualname__
        try:
            name = self.name
        except Exception:
            return "<%s>" % cls
        return "<%s name=%r>" % (cls, name)


class BufferedReader(_BufferedRaw):
    """A buffered binary stream over a readable raw stream (open(name, 'rb') makes one).

    The unread data is self._buf[self._off:]: reads and lines advance the offset rather
    than copying the rest of the buffer, so reading a buffer line by line is linear."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if raw.readable() is not True:
            raise UnsupportedOperation("File or stream is not readable.")
        self._init_raw(raw, buffer_size)
        self._buf = b""
        self._off = 0

    def readable(self):
        self._checkRaw()
        return True

    def _raw_read(self, n):
        data = self._raw.read(n)
        return b"" if data is None else data

    def _rest(self):
        # the unread data, which the buffer gives up
        data = self._buf[self._off:] if self._off else self._buf
        self._buf = b""
        self._off = 0
        return data

    def read(self, size=-1):
        self._checkRaw()
        if size is None:
            size = -1
        elif not hasattr(type(size), '__index__'):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        size = size.__index__()
        if self.closed:
            raise ValueError("read of closed file")
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        off = self._off
        if 0 <= size <= len(self._buf) - off:
            self._off = off + size
            return self._buf[off:off + size]
        chunks = [self._rest()]
        have = len(chunks[0])
        while size < 0 or have < size:
            data = self._raw.read(self.buffer_size if size < 0 else max(self.buffer_size, size - have))
            if data is None and not have:
                return None  # a non-blocking raw stream with nothing ready
            if not data:
                break
            chunks.append(data)
            have += len(data)
        data = b"".join(chunks)
        if size < 0:
            return data
        self._buf = data
        self._off = min(size, len(data))
        return data[:size]

    def read1(self, size=-1):
        self._checkRaw()
        if self.closed:
            raise ValueError("read of closed file")
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._off >= len(self._buf):
            self._buf = self._raw_read(max(size, self.buffer_size))
            self._off = 0
        off = self._off
        self._off = min(off + size, len(self._buf))
        return self._buf[off:self._off]

    def peek(self, size=0):
        self._checkRaw()
        if self.closed:
            raise ValueError("peek of closed file")
        if self._off >= len(self._buf):
            self._buf = self._raw_read(self.buffer_size)
            self._off = 0
        return self._buf[self._off:] if self._off else self._buf

    def readline(self, size=-1):
        self._checkRaw()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        if self.closed:
            raise ValueError("readline of closed file")
        parts = []
        have = 0
        while size < 0 or have < size:
            buf, off = self._buf, self._off
            if off >= len(buf):
                buf = self._buf = self._raw_read(self.buffer_size)
                off = self._off = 0
                if not buf:
                    break
            end = buf.find(b"\n", off)
            end = len(buf) if end < 0 else end + 1
            if size >= 0 and end - off > size - have:
                end = off + size - have
            parts.append(buf[off:end])
            have += end - off
            self._off = end
            if buf[end - 1:end] == b"\n":
                break
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def tell(self):
        self._checkRaw()
        return max(self._raw.tell() - (len(self._buf) - self._off), 0)

    def seek(self, pos, whence=0):
        self._checkRaw()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        if whence == 1:
            pos -= len(self._buf) - self._off
        self._buf = b""
        self._off = 0
        return self._raw.seek(pos, whence)


class BufferedWriter(_BufferedRaw):
    """A buffered binary stream over a writable raw stream (open(name, 'wb') makes one)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if raw.writable() is not True:
            raise UnsupportedOperation("File or stream is not writable.")
        self._init_raw(raw, buffer_size)
        self._wbuf = bytearray()

    def writable(self):
        self._checkRaw()
        return True

    def write(self, b):
        self._checkRaw()
        if self.closed:
            raise ValueError("write to closed file")
        try:
            data = memoryview(b).tobytes()
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b).__name__) from None
        n_in = len(data)
        if len(self._wbuf) + len(data) > self.buffer_size:
            # what does not fit: the buffer goes out first, then the new data's excess
            # over one buffer's worth goes straight to the raw stream
            self._flush_unlocked()
            done = 0
            while len(data) - done > self.buffer_size:
                n = self._raw_write(data[done:], done)
                done += n
            data = data[done:]
        self._wbuf += data
        return n_in

    def _raw_write(self, data, done):
        n = self._raw.write(data)
        if n is None:
            raise BlockingIOError(11, "write could not complete without blocking", done)
        try:
            n = n.__index__()
        except AttributeError:
            n = -1
        if not 0 <= n <= len(data):
            raise OSError("raw write() returned invalid length %d (should have been "
                          "between 0 and %d)" % (n, len(data)))
        return n

    def _flush_unlocked(self):
        while self._wbuf:
            n = self._raw_write(bytes(self._wbuf), 0)
            del self._wbuf[:n]

    def flush(self):
        self._checkRaw()
        if self.closed:
            raise ValueError("flush of closed file")
        self._flush_unlocked()
        flush = getattr(self._raw, "flush", None)
        if flush is not None:
            flush()

    def tell(self):
        self._checkRaw()
        return self._raw.tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        self._checkRaw()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._flush_unlocked()
        return self._raw.seek(pos, whence)


class BufferedRandom(BufferedIOBase):
    """A buffered binary stream open for reading and writing (open(name, 'rb+'))."""


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def _lookup(encoding):
    # codecs is imported on first use: most programs never build a TextIOWrapper.
    import codecs
    info = codecs.lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("%r is not a text encoding; use codecs.open() to handle arbitrary codecs"
                          % encoding)
    return info


class TextIOWrapper(TextIOBase):
    """A text stream over a binary buffer: decodes what it reads, encodes what it writes
    and translates newlines.  (open() and the standard streams use _io's C type, which
    isinstance() also counts as a TextIOWrapper.)

    Reading keeps the characters of the last chunk read (_decoded_chars, of which
    _decoded_chars_used are returned) and, while telling, a snapshot of the decoder at
    the chunk's start: (decoder flags, the bytes fed since then).  tell() replays the
    decoder over those bytes to find the last point before the reading position where
    the decoder held nothing back, and returns an opaque cookie: that byte position, the
    decoder's flags there, the bytes to feed and the characters to skip after it (the
    layout of CPython's C implementation, so cookies compare equal)."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        _lookup(encoding)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._configure_newline(newline)
        try:
            self._seekable = bool(buffer.seekable())
        except AttributeError:
            self._seekable = False
        self._telling = self._seekable   # False while next() reads lines, as CPython
        self._decoded_chars = ''
        self._decoded_chars_used = 0
        self._snapshot = None
        self._b2cratio = 0.0     # bytes per character of the last chunk
        self._decoder = None     # made when first needed: the codec's incremental
        self._encoder = None     # decoder (inside the newline decoder) and encoder

    def _configure_newline(self, newline):
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'

    # -- attributes
    @property
    def buffer(self):
        return self._buffer

    def _buf(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return getattr(self._decoder, 'newlines', None)

    @property
    def name(self):
        return self._buf().name

    @property
    def closed(self):
        return self._buf().closed

    def __repr__(self):
        result = "<_io.TextIOWrapper"
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            result += " name={0!r}".format(name)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += " mode={0!r}".format(mode)
        return result + " encoding={0!r}>".format(self.encoding)

    def fileno(self):
        return self._buf().fileno()

    def isatty(self):
        return self._buf().isatty()

    def seekable(self):
        return self._buf().seekable()

    def readable(self):
        return self._buf().readable()

    def writable(self):
        return self._buf().writable()

    def flush(self):
        buf = self._buf()
        if buf.closed:
            raise ValueError("I/O operation on closed file.")
        self._telling = self._seekable     # as CPython: flush() ends next()'s hold
        buf.flush()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            _lookup(encoding)
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
            self._decoder = self._encoder = None
        if newline is not Ellipsis:
            self._configure_newline(newline)
            self._decoder = None
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def _get_decoder(self):
        if self._decoder is None:
            import codecs
            decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
            self._decoder = decoder
        return self._decoder

    def _get_encoder(self):
        if self._encoder is None:
            import codecs
            self._encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
            # a stream written from past its start has its byte order mark already
            if self._seekable and self._buf().tell() != 0:
                self._encoder.setstate(0)
        return self._encoder

    def _set_decoder_state(self, start_pos, dec_flags):
        # At the start of the stream the decoder begins anew (utf-16's state there
        # is "expecting a BOM", not flags 0); elsewhere it takes the flags, which keep
        # what it knows (the byte order, a pending '\r') and the newlines seen.
        if start_pos == 0 and dec_flags == 0:
            self._get_decoder().reset()
        else:
            self._get_decoder().setstate((b'', dec_flags))

    def _set_encoder_state(self, start_pos, dec_flags):
        if self._encoder is not None:
            if start_pos == 0 and dec_flags == 0:
                self._encoder.reset()
            else:
                self._encoder.setstate(0)

    # -- writing
    def write(self, s):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        self._buf().write(self._get_encoder().encode(s))
        if self._line_buffering and (haslf or "\r" in s):
            self.flush()
        self._set_decoded_chars('')
        self._snapshot = None
        if self._decoder is not None:
            self._decoder.reset()
        return length

    # -- reading
    def _set_decoded_chars(self, chars):
        self._decoded_chars = chars
        self._decoded_chars_used = 0

    def _get_decoded_chars(self, n=-1):
        # Up to [n] (all if negative) of the decoded characters not returned yet.
        used = self._decoded_chars_used
        chars = self._decoded_chars[used:] if n < 0 else self._decoded_chars[used:used + n]
        self._decoded_chars_used += len(chars)
        return chars

    def _read_chunk(self, size_hint=0):
        # Reads and decodes one chunk into _decoded_chars, noting the snapshot tell()
        # starts from; False at the end of the stream.
        decoder = self._get_decoder()
        if self._telling:
            dec_buffer, dec_flags = decoder.getstate()
        if size_hint > 0:
            size_hint = int(max(self._b2cratio, 1.0) * size_hint)
        size = max(self._CHUNK, size_hint)
        buf = self._buf()
        read1 = getattr(buf, 'read1', None)
        data = read1(size) if read1 is not None else buf.read(size)
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("underlying %s() should have returned a bytes-like object, "
                            "not '%s'" % ('read' if read1 is None else 'read1',
                                          type(data).__name__))
        data = bytes(data)
        eof = not data
        chars = decoder.decode(data, eof)
        self._set_decoded_chars(chars)
        self._b2cratio = len(data) / len(chars) if chars else 0.0
        if self._telling:
            self._snapshot = (dec_flags, dec_buffer + data)
        return bool(chars) or not eof

    def _check_readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        if size < 0:
            data = self._buf().read()
            if data is None:
                data = b''
            result = self._get_decoded_chars() + self._get_decoder().decode(data, True)
            self._set_decoded_chars('')
            self._snapshot = None
            return result
        chunks = [self._get_decoded_chars(size)]
        remaining = size - len(chunks[0])
        while remaining > 0 and self._read_chunk(remaining):
            chunks.append(self._get_decoded_chars(remaining))
            remaining -= len(chunks[-1])
        return ''.join(chunks)

    def _find_line_end(self, line, start):
        # (index just past the first line end in line[start:], -1) or, with none,
        # (-1, how many characters from [start] can be set aside: all but the start
        # of a multi-character newline the next chunk may complete)
        if self._readtranslate:
            i = line.find('\n', start)
            return (i + 1, -1) if i >= 0 else (-1, len(line) - start)
        if self._readuniversal:
            # the newline decoder never splits '\r\n': a final '\r' ends a line
            for i in range(start, len(line)):
                c = line[i]
                if c == '\n':
                    return i + 1, -1
                if c == '\r':
                    return (i + 2 if line[i + 1:i + 2] == '\n' else i + 1), -1
            return -1, len(line) - start
        nl = self._readnl
        i = line.find(nl, start)
        if i >= 0:
            return i + len(nl), -1
        j = line.find(nl[0], max(start, len(line) - len(nl) + 1))
        return -1, (j if j >= 0 else len(line)) - start

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        chunks = []
        chunked = 0
        remaining = ''
        line = None
        while True:
            more = True
            while not self._decoded_chars:
                more = self._read_chunk()
                if not more:
                    break
            if not more:
                self._set_decoded_chars('')
                self._snapshot = None
                line = None
                break
            if not remaining:
                line = self._decoded_chars
                start = self._decoded_chars_used
                offset = 0
            else:
                line = remaining + self._decoded_chars
                start = 0
                offset = len(remaining)
                remaining = ''
            end, consumed = self._find_line_end(line, start)
            if end >= 0:
                if 0 <= size <= end - start + chunked:
                    end = start + size - chunked
                break
            end = start + consumed
            if 0 <= size <= end - start + chunked:
                end = start + size - chunked
                break
            if end > start:
                chunks.append(line[start:end])
                chunked += end - start
            remaining = line[end:]
            line = None
            self._set_decoded_chars('')
        if line is not None:
            self._decoded_chars_used = end - offset
            line = line[start:end]
        chunks.append(remaining)
        if line is not None:
            chunks.append(line)
        return ''.join(chunks)

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    def _check_seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")

    def tell(self):
        self._check_seekable()
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        pos = self._buf().tell()
        if self._decoder is None or self._snapshot is None:
            return pos
        dec_flags, next_input = self._snapshot
        start_pos = pos - len(next_input)
        if self._decoded_chars_used == 0:
            return _build_cookie(start_pos, dec_flags)
        decoder = self._decoder
        saved = decoder.getstate()
        try:
            return self._replay(decoder, start_pos, dec_flags, next_input,
                                self._decoded_chars_used)
        finally:
            decoder.setstate(saved)

    def _replay(self, decoder, start_pos, dec_flags, next_input, chars_to_skip):
        # The cookie of the position [chars_to_skip] characters into what [next_input]
        # decodes to from state [dec_flags] at byte [start_pos].
        # First a guess from the bytes-per-character ratio, moved back until the
        # decoder holds nothing back there and has not passed the position.
        skip_bytes = int(self._b2cratio * chars_to_skip)
        skip_back = 1
        while skip_bytes > 0:
            self._set_decoder_state(start_pos, dec_flags)
            n = len(decoder.decode(next_input[:skip_bytes]))
            if n <= chars_to_skip:
                buffered, flags = decoder.getstate()
                if not buffered:
                    dec_flags = flags
                    chars_to_skip -= n
                    break
                skip_bytes -= len(buffered)
                skip_back = 1
            else:
                skip_bytes -= skip_back
                skip_back *= 2
        if skip_bytes <= 0:
            skip_bytes = 0
            self._set_decoder_state(start_pos, dec_flags)
        start_pos += skip_bytes
        if chars_to_skip == 0:
            return _build_cookie(start_pos, dec_flags)
        # Then byte by byte, noting each safe start point passed on the way.
        bytes_to_feed = 0
        need_eof = 0
        decoded = 0
        i = skip_bytes
        while i < len(next_input):
            decoded += len(decoder.decode(next_input[i:i + 1]))
            bytes_to_feed += 1
            buffered, flags = decoder.getstate()
            if not buffered and decoded <= chars_to_skip:
                start_pos += bytes_to_feed
                chars_to_skip -= decoded
                dec_flags = flags
                bytes_to_feed = 0
                decoded = 0
            if decoded >= chars_to_skip:
                break
            i += 1
        else:
            # not enough characters: what the end of the stream flushes out
            decoded += len(decoder.decode(b'', True))
            need_eof = 1
            if decoded < chars_to_skip:
                raise OSError("can't reconstruct logical file position")
        return _build_cookie(start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof)

    def seek(self, cookie, whence=0):
        self._check_seekable()
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._set_decoded_chars('')
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            pos = self._buf().seek(0, whence)
            self._set_encoder_state(pos, 0)
            return pos
        elif whence != SEEK_SET:
            raise ValueError("invalid whence (%r, should be %d, %d or %d)"
                             % (whence, SEEK_SET, SEEK_CUR, SEEK_END))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof = _parse_cookie(cookie)
        self._buf().seek(start_pos)
        self._set_decoded_chars('')
        self._snapshot = None
        if self.readable():
            self._set_decoder_state(start_pos, dec_flags)
        if chars_to_skip:
            # as _read_chunk does: feed the decoder, note the snapshot, skip characters
            data = self._buf().read(bytes_to_feed)
            self._snapshot = (dec_flags, data)
            self._set_decoded_chars(self._decoder.decode(data, bool(need_eof)))
            if len(self._decoded_chars) < chars_to_skip:
                raise OSError("can't restore logical file position")
            self._decoded_chars_used = chars_to_skip
        else:
            self._snapshot = (dec_flags, b'')
        self._set_encoder_state(start_pos, dec_flags)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buf().truncate(pos)


# A tell() cookie packs, little end first: the byte position (64 bits), the decoder's
# flags, the bytes to feed and the characters to skip (32 bits each), need_eof (8 bits).
_COOKIE_FIELDS = ((64, True), (32, True), (32, True), (32, True), (8, False))


def _build_cookie(start_pos, dec_flags=0, bytes_to_feed=0, chars_to_skip=0, need_eof=0):
    cookie = 0
    shift = 0
    for (width, _), v in zip(_COOKIE_FIELDS,
                             (start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof)):
        cookie |= (v & ((1 << width) - 1)) << shift
        shift += width
    return cookie


def _parse_cookie(cookie):
    cookie = int(cookie)     # as CPython, any number int() takes
    if cookie >> 168:
        raise OverflowError("int too big to convert")
    fields = []
    for width, signed in _COOKIE_FIELDS:
        v = cookie & ((1 << width) - 1)
        if signed and v >> (width - 1):
            v -= 1 << width
        fields.append(v)
        cookie >>= width
    return fields


TextIOWrapper.__module__ = '_io'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n across decode() calls."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf = b""
            flag = 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


TextIOBase.register(StringIO)
TextIOBase.register(_CStream)
BufferedIOBase.register(BytesIO)
_C_BINARY = {_io.BufferedReader: BufferedReader, _io.BufferedWriter: BufferedWriter,
             _io.BufferedRandom: BufferedRandom, _io.FileIO: FileIO}
for _c, _py in _C_BINARY.items():
    _py.register(_c)
del _c, _py

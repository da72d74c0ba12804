"""codecs: codec lookup, BOM constants and the UTF-16/UTF-32/UTF-8-SIG codecs.

UTF-8, ASCII and Latin-1 are built into str.encode/bytes.decode; this module names them
and adds the codecs written here in Python. str.encode and bytes.decode consult lookup()
for any encoding they do not know themselves.
"""

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE     # (old names CPython keeps)
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

_search_functions = []
_cache = {}
_error_handlers = {}


class CodecInfo(tuple):
    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _normalize(name):
    return name.strip().lower().replace(' ', '_').replace('-', '_')


def _handler_result(res, n, encoding):
    """(replacement, resume position) from an error handler's result [res], checked as
    CPython checks it, for input of length [n] (a negative position counts from the end);
    an encoder's handler may give bytes too."""
    kinds = (str, bytes) if encoding else str
    if not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], kinds):
        raise TypeError('encoding error handler must return (str/bytes, int) tuple' if encoding
                        else 'decoding error handler must return (str, int) tuple')
    from operator import index
    pos = index(res[1])
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError(f'position {pos} from error handler out of bounds')
    return res[0], pos


# ---- the codec functions CPython's _codecs exports: encoders give (bytes, characters
# consumed), decoders (str, bytes consumed); a decoder with [final] false leaves an
# incomplete sequence at the end of its input unconsumed, for the next call ----

def _errors(errors):
    return 'strict' if errors is None else errors


def _bytes_arg(data):
    """The bytes of buffer [data]; TypeError as CPython's decoders for a str, an int..."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _str_arg(fn, input):
    """Checks that argument 1 of encoder [fn] is a str, as CPython's argument clinic."""
    if not isinstance(input, str):
        raise TypeError(f'{fn}() argument 1 must be str, not {type(input).__name__}')


def _utf8_pending(data):
    """Bytes at the end of [data] that begin a UTF-8 sequence more bytes could complete
    (0 when the end is complete or already wrong: the decoder then reports it)."""
    n = len(data)
    for k in range(1, min(3, n) + 1):
        lead = data[n - k]
        if 0x80 <= lead < 0xC0:
            continue  # a continuation byte: look further back for the lead
        if 0xC2 <= lead <= 0xDF:
            need = 2
        elif 0xE0 <= lead <= 0xEF:
            need = 3
        elif 0xF0 <= lead <= 0xF4:
            need = 4
        else:
            return 0
        if k >= need:
            return 0
        if k == 2 and lead == 0xED and 0xA0 <= data[n - 1] <= 0xBF:
            # a surrogate's first two bytes: invalid UTF-8, but held back as CPython
            # holds them, so that errors='surrogatepass' sees all three bytes together
            return 2
        if k > 1:
            # the second byte's range depends on the lead (no overlong forms, no
            # surrogates, nothing past U+10FFFF)
            lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                      0xF4: (0x80, 0x8F)}.get(lead, (0x80, 0xBF))
            if not lo <= data[n - k + 1] <= hi:
                return 0
        return k
    return 0


def utf_8_encode(input, errors=None):
    _str_arg('utf_8_encode', input)
    return input.encode('utf-8', _errors(errors)), len(input)


def utf_8_decode(data, errors=None, final=False):
    data = _bytes_arg(data)
    end = len(data) if final else len(data) - _utf8_pending(data)
    return data[:end].decode('utf-8', _errors(errors)), end


def ascii_encode(input, errors=None):
    _str_arg('ascii_encode', input)
    return input.encode('ascii', _errors(errors)), len(input)


def ascii_decode(data, errors=None):
    data = _bytes_arg(data)
    return data.decode('ascii', _errors(errors)), len(data)


def latin_1_encode(input, errors=None):
    _str_arg('latin_1_encode', input)
    return input.encode('latin-1', _errors(errors)), len(input)


def latin_1_decode(data, errors=None):
    data = _bytes_arg(data)
    return data.decode('latin-1', _errors(errors)), len(data)


_names = {(2, 0): 'utf-16', (2, -1): 'utf-16-le', (2, 1): 'utf-16-be',
          (4, 0): 'utf-32', (4, -1): 'utf-32-le', (4, 1): 'utf-32-be'}


def _wide_encode(input, errors, width, byteorder):
    """UTF-16 ([width] 2) or UTF-32 (4) of [input]; [byteorder] -1 little, 1 big, 0 a
    BOM then little-endian."""
    errors = _errors(errors)
    order = 'big' if byteorder == 1 else 'little'
    out = bytearray(BOM_UTF16_LE if width == 2 else BOM_UTF32_LE) if byteorder == 0 \
        else bytearray()

    def put(c):
        if width == 2 and c > 0xFFFF:
            c -= 0x10000
            out.extend((0xD800 | (c >> 10)).to_bytes(2, order))
            out.extend((0xDC00 | (c & 0x3FF)).to_bytes(2, order))
        else:
            out.extend(c.to_bytes(width, order))
    i, n = 0, len(input)
    while i < n:
        c = ord(input[i])
        if 0xD800 <= c <= 0xDFFF and errors != 'surrogatepass':
            exc = UnicodeEncodeError(_names[(width, byteorder)], input, i, i + 1,
                                     'surrogates not allowed')
            if errors == 'strict':
                raise exc
            rep, i = _handler_result(lookup_error(errors)(exc), n, True)
            if isinstance(rep, bytes):
                if len(rep) % width:
                    raise exc  # as CPython: only whole code units may replace
                out.extend(rep)
            else:
                for r in rep:
                    if 0xD800 <= ord(r) <= 0xDFFF:
                        raise exc
                    put(ord(r))
            continue
        put(c)
        i += 1
    return bytes(out), n


def _wide_decode(data, errors, width, byteorder, final):
    """(str, bytes consumed, byte order) of UTF-16/UTF-32 [data]: [byteorder] -1 little,
    1 big, 0 a BOM decides (and is consumed; none: little-endian, order 0 returned)."""
    errors = _errors(errors)
    data = _bytes_arg(data)
    pos, n = 0, len(data)
    if byteorder == 0:
        head = data[:width]
        if head == (BOM_UTF16_LE if width == 2 else BOM_UTF32_LE):
            byteorder, pos = -1, width
        elif head == (BOM_UTF16_BE if width == 2 else BOM_UTF32_BE):
            byteorder, pos = 1, width
    found = byteorder
    order = 'big' if byteorder == 1 else 'little'
    # errors name the byte order actually used ('utf-16-le' for 'utf-16' without BOM)
    name = _names[(width, 1 if byteorder == 1 else -1)]
    out = []

    def bad(start, end, reason):
        # the error handler's replacement goes out; returns where decoding resumes
        if errors == 'strict':
            raise UnicodeDecodeError(name, data, start, end, reason)
        if errors == 'replace':
            out.append('\ufffd')
            return end
        if errors == 'ignore':
            return end
        exc = UnicodeDecodeError(name, data, start, end, reason)
        rep, end = _handler_result(lookup_error(errors)(exc), n, False)
        out.append(rep)
        return end
    while pos < n:
        if pos + width > n:
            if not final:
                break
            pos = bad(pos, n, 'truncated data')
            continue
        c = int.from_bytes(data[pos:pos + width], order)
        if width == 2 and 0xD800 <= c <= 0xDBFF:
            if pos + 4 > n:
                if not final:
                    break
                pos = bad(pos, n, 'unexpected end of data')
                continue
            c2 = int.from_bytes(data[pos + 2:pos + 4], order)
            if 0xDC00 <= c2 <= 0xDFFF:
                out.append(chr(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)))
                pos += 4
                continue
            pos = bad(pos, pos + 2, 'illegal UTF-16 surrogate')
            continue
        if width == 2 and 0xDC00 <= c <= 0xDFFF:
            pos = bad(pos, pos + 2, 'illegal encoding')
            continue
        if width == 4 and (c > 0x10FFFF or 0xD800 <= c <= 0xDFFF):
            pos = bad(pos, pos + 4, 'code point not in range(0x110000)' if c > 0x10FFFF
                      else 'code point in surrogate code point range(0xd800, 0xe000)')
            continue
        out.append(chr(c))
        pos += width
    return ''.join(out), pos, found


def utf_16_encode(input, errors=None, byteorder=0):
    _str_arg('utf_16_encode', input)
    return _wide_encode(input, errors, 2, byteorder)


def utf_16_le_encode(input, errors=None):
    _str_arg('utf_16_le_encode', input)
    return _wide_encode(input, errors, 2, -1)


def utf_16_be_encode(input, errors=None):
    _str_arg('utf_16_be_encode', input)
    return _wide_encode(input, errors, 2, 1)


def utf_16_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, 2, 0, final)[:2]


def utf_16_le_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, 2, -1, final)[:2]


def utf_16_be_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, 2, 1, final)[:2]


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_decode(data, errors, 2, byteorder, final)


def utf_32_encode(input, errors=None, byteorder=0):
    _str_arg('utf_32_encode', input)
    return _wide_encode(input, errors, 4, byteorder)


def utf_32_le_encode(input, errors=None):
    _str_arg('utf_32_le_encode', input)
    return _wide_encode(input, errors, 4, -1)


def utf_32_be_encode(input, errors=None):
    _str_arg('utf_32_be_encode', input)
    return _wide_encode(input, errors, 4, 1)


def utf_32_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, 4, 0, final)[:2]


def utf_32_le_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, 4, -1, final)[:2]


def utf_32_be_decode(data, errors=None, final=False):
    return _wide_decode(data, errors, 4, 1, final)[:2]


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_decode(data, errors, 4, byteorder, final)


# ---- the codec classes ----

class Codec:
    """A stateless codec: encode(input, errors) and decode(input, errors) each return
    (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; encode(input, final) returns the output so far."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder over _buffer_encode(input, errors, final) -> (output,
    consumed) that keeps the unconsumed input for the next call."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces; decode(input, final) returns the text so far.
    getstate() is (pending bytes, an int of further state)."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder over _buffer_decode(input, errors, final) -> (text,
    consumed) that keeps the unconsumed bytes for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _StreamWrapper:
    # what the stream classes share: the wrapped stream's other attributes, the with
    # statement (closes the stream)
    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(Codec, _StreamWrapper):
    """Encodes what is written to it into the byte stream [stream]."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(Codec, _StreamWrapper):
    """Decodes what it reads from the byte stream [stream]. Bytes read but not decoded
    yet wait in bytebuffer, text decoded but not returned yet in charbuffer."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size, firstline):
        # reads once from the stream (all of it for a negative [size]) and decodes what
        # it can; False once nothing more came
        fresh = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + fresh
        if not data:
            return False
        try:
            text, used = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            # reading a line: the text before the bad byte may hold whole lines
            if not firstline:
                raise
            text, used = self.decode(data[:exc.start], self.errors)
            if len(text.splitlines(keepends=True)) <= 1:
                raise
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return bool(fresh)

    def read(self, size=-1, chars=-1, firstline=False):
        """Up to [chars] characters (all when negative; [size] when [chars] is not
        given), reading [size] bytes at a time."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(size, firstline):
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def _take_line(self, lines, keepends):
        # the first of [lines] (split with their ends); the rest wait for later reads,
        # several whole lines in linebuffer
        rest = lines[1:]
        if len(rest) > 1:
            rest[-1] += self.charbuffer
            self.linebuffer = rest
            self.charbuffer = self._empty_charbuffer
        else:
            self.charbuffer = self._empty_charbuffer.join(rest) + self.charbuffer
        return lines[0] if keepends else lines[0].splitlines(keepends=False)[0]

    def readline(self, size=None, keepends=True):
        """One line (with its end when [keepends]); with [size], at most what one read of
        [size] bytes gives."""
        if self.linebuffer:
            lines = self.linebuffer
            self.linebuffer = None
            self.charbuffer = self._empty_charbuffer
            return self._take_line(lines, keepends)
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            # a '\r' at the end may be the first half of '\r\n'
            if data and data.endswith("\r" if isinstance(data, str) else b"\r"):
                data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if len(lines) > 1 or (lines and lines[0].splitlines(keepends=False)[0] != lines[0]):
                return self._take_line(lines, keepends)
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                return line
            if readsize < 8000:
                readsize *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter(_StreamWrapper):
    """Reads through a StreamReader and writes through a StreamWriter over one stream."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()


class StreamRecoder(_StreamWrapper):
    """Text in one encoding outside, another in [stream]: reads decode with Reader and
    re-encode with [encode]; writes decode with [decode] and encode with Writer."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def readline(self, size=None):
        line = self.reader.readline() if size is None else self.reader.readline(size)
        return self.encode(line, self.errors)[0]

    def readlines(self, sizehint=None):
        return self.encode(self.reader.read(), self.errors)[0].splitlines(keepends=True)

    def __next__(self):
        return self.encode(next(self.reader), self.errors)[0]

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.writer.write(self.decode(b''.join(list), self.errors)[0])

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)


def _codec_module(modname, name, encode, decode, stateful_decode=True, text=True,
                  charbuffertype=str):
    """The names an encodings.<modname> module of a stateless codec defines: encode,
    decode, Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader
    and getregentry(), over [encode](input, errors) -> (output, consumed) and
    [decode](input, errors, final) -> (output, consumed) (a [decode] without a final
    argument when not [stateful_decode]); CodecInfo's name is [name]."""

    def decode_all(input, errors='strict'):
        return decode(input, errors, True) if stateful_decode else decode(input, errors)

    class Codec(globals()['Codec']):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode_all(input, errors)

    class IncrementalEncoder(globals()['IncrementalEncoder']):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if stateful_decode:
        class IncrementalDecoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode(input, errors, final)
    else:
        class IncrementalDecoder(globals()['IncrementalDecoder']):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]

    class StreamWriter(Codec, globals()['StreamWriter']):
        pass

    class StreamReader(Codec, globals()['StreamReader']):
        if stateful_decode:
            def decode(self, input, errors='strict'):
                return decode(input, errors, False)

    StreamReader.charbuffertype = charbuffertype

    def getregentry():
        return CodecInfo(name=name, encode=encode, decode=decode_all,
                         incrementalencoder=IncrementalEncoder,
                         incrementaldecoder=IncrementalDecoder,
                         streamwriter=StreamWriter, streamreader=StreamReader,
                         _is_text_encoding=None if text else False)
    decode_all.__name__ = 'decode'
    return _module_names(modname, encode, {
        'decode': decode_all, 'Codec': Codec, 'IncrementalEncoder': IncrementalEncoder,
        'IncrementalDecoder': IncrementalDecoder, 'StreamWriter': StreamWriter,
        'StreamReader': StreamReader, 'getregentry': getregentry})


def _module_names(modname, encode, made):
    """The names of an encodings.<name> module: the functions and classes in [made]
    renamed as defined there, and [encode] (a function shared by several codecs, so
    left as it is)."""
    for key, obj in made.items():
        obj.__module__ = modname
        obj.__qualname__ = key
    made['encode'] = encode
    return made


def _bytes_transform_module(modname, name, encode, decode, strict_only=True,
                            charbuffertype=bytes):
    """An encodings module for a bytes-to-bytes (or str-to-str) codec: [encode](input)
    and [decode](input) transform a whole input; with [strict_only], an errors value
    other than 'strict' fails CPython's assertion."""

    def enc(input, errors='strict'):
        assert not strict_only or errors == 'strict'
        return encode(input), len(input)

    def dec(input, errors='strict'):
        assert not strict_only or errors == 'strict'
        return decode(input), len(input)
    return _codec_module(modname, name, enc, dec, stateful_decode=False, text=False,
                         charbuffertype=charbuffertype)


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = encoder.encode(piece)
        if out:
            yield out
    out = encoder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = decoder.decode(piece)
        if out:
            yield out
    out = decoder.decode(b"", True)
    if out:
        yield out


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """A file opened in binary mode with [encoding]'s reader and writer over it (the
    plain file when [encoding] is None)."""
    import builtins
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """[file] holds [file_encoding] text; reads and writes through the wrapper are in
    [data_encoding]."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


_aliases = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le', 'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
}


# CPython's _codecs functions kept in _codecs_more (imported when first asked for)
_MORE = ('charmap_build', 'charmap_decode', 'charmap_encode', 'unicode_escape_encode',
         'unicode_escape_decode', 'raw_unicode_escape_encode', 'raw_unicode_escape_decode',
         'utf_7_encode', 'utf_7_decode', 'escape_encode', 'escape_decode',
         'readbuffer_encode')


def __getattr__(name):
    if name in _MORE:
        import _codecs_more
        return getattr(_codecs_more, name)
    raise AttributeError(f"module 'codecs' has no attribute '{name}'")


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def _name_arg(v, what):
    # CPython takes codec and error-handler names as C strings: a str, which must encode
    # to UTF-8 (a lone surrogate raises UnicodeEncodeError)
    if not isinstance(v, str):
        raise TypeError(f"{what} must be str, not {type(v).__name__}")
    if not v.isascii():
        v.encode()
    return v


def lookup(encoding):
    _name_arg(encoding, 'lookup() argument')
    # as in CPython, the encodings package's search function comes first; the search
    # functions get the name lower-cased, each run of characters other than ASCII
    # letters, digits and '.' made one '_'
    import encodings
    key = encodings.normalize_encoding(encoding).lower()
    if key in _cache:
        return _cache[key]
    for fn in [encodings.search_function] + _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    raise LookupError(f'unknown encoding: {encoding}')


# Builtin exceptions with state of their own beyond args: CPython 3.11 never rewraps them.
_STATEFUL_ERRORS = (SystemExit, StopIteration, ImportError, OSError, SyntaxError, NameError,
                    AttributeError, UnicodeEncodeError, UnicodeDecodeError,
                    UnicodeTranslateError, BaseExceptionGroup, MemoryError)


def _rewrapped(exc, action, encoding):
    # CPython 3.11's wrap_codec_error: an error raised by a codec called through
    # str.encode, bytes.decode, codecs.encode or codecs.decode comes back as a new
    # exception of the same type, "encoding with 'X' codec failed (Type: message)", caused
    # by the original -- only when that type adds nothing to BaseException's layout and
    # construction (no __init__/__new__ written in Python, not one of _STATEFUL_ERRORS)
    # and the exception holds no more than one str argument and no attributes.
    cls = type(exc)
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            break
        if '__init__' in base.__dict__ or '__new__' in base.__dict__:
            return None
    if isinstance(exc, _STATEFUL_ERRORS) or exc.__dict__:
        return None
    args = exc.args
    if len(args) > 1 or (args and type(args[0]) is not str):
        return None
    new = cls("%s with '%s' codec failed (%s: %s)" % (action, encoding, cls.__name__, exc))
    new.__cause__ = exc
    return new


def _call_codec(fn, obj, errors, action, encoding):
    # fn(obj, errors) for _call_text_codec and encode()/decode() below; see _rewrapped
    try:
        return fn(obj, errors)
    except BaseException as e:
        err = _rewrapped(e, action, encoding)
        if err is None:
            raise
    raise err


def _call_text_codec(fn, obj, errors, action, encoding):
    # str.encode/bytes.decode call this for the codecs they do not implement. CPython
    # runs UTF-16 and UTF-32 named so (not -le/-be, not u16) in C, not through the
    # registry, so their errors (an error handler's TypeError...) are never rewrapped.
    words = ''.join(c if (c.isascii() and c.isalnum()) or c == '.' else ' '
                    for c in encoding.lower()).split()
    name = '_'.join(words)
    if name.startswith('utf_'):
        name = 'utf' + name[4:]
    if name in ('utf16', 'utf32'):
        return fn(obj, errors)
    return _call_codec(fn, obj, errors, action, encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    _name_arg(encoding, "encode() argument 'encoding'")
    _name_arg(errors, "encode() argument 'errors'")
    return _call_codec(lookup(encoding)[0], obj, errors, 'encoding', encoding)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    _name_arg(encoding, "decode() argument 'encoding'")
    _name_arg(errors, "decode() argument 'errors'")
    return _call_codec(lookup(encoding)[1], obj, errors, 'decoding', encoding)[0]


def make_identity_dict(rng):
    """{i: i for each i of [rng]}."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of [decoding_map] (byte -> code point); a target that two keys share
    maps to None (it cannot be encoded back unambiguously)."""
    m = {}
    for k, v in decoding_map.items():
        m[v] = None if v in m else k
    return m


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def register_error(name, handler):
    _name_arg(name, 'register_error() argument 1')
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    _name_arg(name, 'lookup_error() argument')
    if name in _error_handlers:
        return _error_handlers[name]
    fn = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
          'backslashreplace': backslashreplace_errors,
          'xmlcharrefreplace': xmlcharrefreplace_errors,
          'namereplace': namereplace_errors,
          'surrogatepass': surrogatepass_errors,
          'surrogateescape': surrogateescape_errors}.get(name)
    if fn is None:
        raise LookupError(f'unknown error handler name {name!r}')
    return fn


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if not isinstance(exc, UnicodeTranslateError):
        _unicode_error(exc)
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    _unicode_error(exc)
    return ('\ufffd', exc.end)


def backslashreplace_errors(exc):
    if not isinstance(exc, UnicodeTranslateError):
        _unicode_error(exc)
    s = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in s), exc.end)
    # every character is escaped, an ASCII one too (a codec may not map '%')
    return (''.join('\\x%02x' % c if c < 0x100 else '\\u%04x' % c if c < 0x10000 else
                    '\\U%08x' % c for c in map(ord, s)), exc.end)


def _unicode_error(exc):
    if not isinstance(exc, (UnicodeDecodeError, UnicodeEncodeError)):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def _surrogate_codec(encoding):
    # (code unit width, byte order) of a UTF codec name, or None
    e = _normalize(encoding)
    e = _aliases.get(e, e).replace('_', '-')
    table = {'utf-8': (1, None), 'utf-16-le': (2, 'little'), 'utf-16-be': (2, 'big'),
             'utf-32-le': (4, 'little'), 'utf-32-be': (4, 'big'),
             'utf-16': (2, 'little'), 'utf-32': (4, 'little')}
    return table.get(e)


def surrogatepass_errors(exc):
    # lets lone surrogates through the UTF codecs (CPython's 'surrogatepass')
    _unicode_error(exc)
    kind = _surrogate_codec(exc.encoding)
    if kind is None:
        raise exc
    width, order = kind
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xD800 <= c <= 0xDFFF:
                raise exc
            if width == 1:
                out += bytes((0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)))
            else:
                out += c.to_bytes(width, order)
        return bytes(out), exc.end
    data, start = exc.object, exc.start
    if width == 1:
        b = data[start:start + 3]
        if len(b) == 3 and b[0] == 0xED and 0xA0 <= b[1] <= 0xBF and 0x80 <= b[2] <= 0xBF:
            return chr(0xD000 | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F)), start + 3
        raise exc
    unit = data[start:start + width]
    if len(unit) == width:
        c = int.from_bytes(unit, order)
        if 0xD800 <= c <= 0xDFFF:
            return chr(c), start + width
    raise exc


def surrogateescape_errors(exc):
    # undecodable bytes 0x80-0xff <-> U+DC80-U+DCFF (CPython's 'surrogateescape').
    # Encoding, every character of the range must be such a surrogate; decoding, as
    # CPython, it escapes the bytes >= 0x80 from exc.start (at most 4) and raises only
    # when there is none
    _unicode_error(exc)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xDC80 <= c <= 0xDCFF:
                raise exc
            out.append(c - 0xDC00)
        return bytes(out), exc.end
    # the range is clamped to the bytes as CPython's exception accessors clamp it
    data = exc.object
    start = max(0, min(exc.start, len(data) - 1))
    end = min(max(exc.end, 1), len(data), start + 4)
    pos = start
    while pos < end and data[pos] >= 0x80:
        pos += 1
    if pos == start:
        raise exc
    return ''.join(chr(0xDC00 + b) for b in data[start:pos]), pos


surrogatepass_errors.__name__ = surrogatepass_errors.__qualname__ = 'surrogatepass'
surrogateescape_errors.__name__ = surrogateescape_errors.__qualname__ = 'surrogateescape'


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    s = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in s), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None
                   else c.encode('ascii', 'backslashreplace').decode('ascii'))
    return (''.join(out), exc.end)


# CPython defines the registry functions in its C module _codecs (lib/_codecs.py here
# re-exports them); pickle and repr name them by that module.
for _f in (encode, decode, lookup, register, unregister, lookup_error, register_error):
    _f.__module__ = '_codecs'
del _f

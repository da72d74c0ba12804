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


def _builtin(canonical):
    def encode(input, errors='strict'):
        return input.encode(canonical, errors), len(input)

    def decode(input, errors='strict'):
        return bytes(input).decode(canonical, errors), len(input)
    return CodecInfo(encode, decode, name=canonical)


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


def _utf16_32(width, order, bom):
    # order: 'little', 'big', or None (BOM written on encode, honoured on decode)
    def encode(input, errors='strict'):
        out = bytearray()
        byteorder = order or 'little'
        if order is None:
            out += BOM_UTF16_LE if width == 2 else BOM_UTF32_LE

        def put(c):
            nonlocal out
            if width == 2 and c > 0xFFFF:
                c -= 0x10000
                out += (0xD800 | (c >> 10)).to_bytes(2, byteorder)
                out += (0xDC00 | (c & 0x3FF)).to_bytes(2, byteorder)
            else:
                out += c.to_bytes(width, byteorder)
        i, n = 0, len(input)
        while i < n:
            c = ord(input[i])
            if 0xD800 <= c <= 0xDFFF and errors != 'surrogatepass':
                exc = UnicodeEncodeError(_names[(width, order)], input, i, i + 1,
                                         'surrogates not allowed')
                if errors == 'strict':
                    raise exc
                rep, i = _handler_result(lookup_error(errors)(exc), n, True)
                if isinstance(rep, bytes):
                    if len(rep) % width:
                        raise exc  # as CPython: only whole code units may replace
                    out += rep
                else:
                    for r in rep:
                        if 0xD800 <= ord(r) <= 0xDFFF:
                            raise exc
                        put(ord(r))
                continue
            put(c)
            i += 1
        return bytes(out), len(input)

    def decode(input, errors='strict', final=True):
        data = bytes(input)
        byteorder = order
        pos = 0
        if order is None:
            if width == 2 and data[:2] in (BOM_UTF16_LE, BOM_UTF16_BE):
                byteorder = 'little' if data[:2] == BOM_UTF16_LE else 'big'
                pos = 2
            elif width == 4 and data[:4] in (BOM_UTF32_LE, BOM_UTF32_BE):
                byteorder = 'little' if data[:4] == BOM_UTF32_LE else 'big'
                pos = 4
            else:
                byteorder = 'little'
        # errors name the byte order actually used ('utf-16-le' for 'utf-16' without BOM)
        name = _names[(width, byteorder)]
        out = []
        n = len(data)

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
                pos = bad(pos, n, 'truncated data')
                continue
            c = int.from_bytes(data[pos:pos + width], byteorder)
            if width == 2 and 0xD800 <= c <= 0xDBFF:
                if pos + 4 > n:
                    pos = bad(pos, n, 'unexpected end of data')
                    continue
                c2 = int.from_bytes(data[pos + 2:pos + 4], byteorder)
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
        return ''.join(out), len(data)
    return CodecInfo(encode, decode, name=_names[(width, order)])


_names = {(2, None): 'utf-16', (2, 'little'): 'utf-16-le', (2, 'big'): 'utf-16-be',
          (4, None): 'utf-32', (4, 'little'): 'utf-32-le', (4, 'big'): 'utf-32-be'}


def _utf8_sig():
    def encode(input, errors='strict'):
        return BOM_UTF8 + input.encode('utf-8', errors), len(input)

    def decode(input, errors='strict'):
        data = bytes(input)
        if data[:3] == BOM_UTF8:
            data = data[3:]
        return data.decode('utf-8', errors), len(input)
    return CodecInfo(encode, decode, name='utf-8-sig')


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


def _make(canonical):
    if canonical in ('utf-8', 'ascii'):
        return _builtin(canonical)
    if canonical == 'iso8859-1':
        info = _builtin('latin-1')
        info.name = 'iso8859-1'
        return info
    if canonical == 'utf-8-sig':
        return _utf8_sig()
    for key, name in _names.items():
        if name == canonical:
            return _utf16_32(key[0], key[1], None)
    return None


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for fn in _search_functions:
        info = fn(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    canonical = _aliases.get(key)
    info = _make(canonical) if canonical else None
    if info is None:
        import _codecs_more
        info = _codecs_more.find(key)
    if info is None:
        raise LookupError(f'unknown encoding: {encoding}')
    _cache[key] = info
    return info


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
    return _call_codec(lookup(encoding).encode, obj, errors, 'encoding', encoding)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    return _call_codec(lookup(encoding).decode, obj, errors, 'decoding', encoding)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
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
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def backslashreplace_errors(exc):
    s = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in s), exc.end)
    return (s.encode('ascii', 'backslashreplace').decode('ascii'), exc.end)


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
    # undecodable bytes 0x80-0xff <-> U+DC80-U+DCFF (CPython's 'surrogateescape')
    _unicode_error(exc)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xDC80 <= c <= 0xDCFF:
                raise exc
            out.append(c - 0xDC00)
        return bytes(out), exc.end
    bad = exc.object[exc.start:exc.end]
    if any(b < 128 for b in bad):
        raise exc
    return ''.join(chr(0xDC00 + b) for b in bad), exc.end


surrogatepass_errors.__name__ = surrogatepass_errors.__qualname__ = 'surrogatepass'
surrogateescape_errors.__name__ = surrogateescape_errors.__qualname__ = 'surrogateescape'


def xmlcharrefreplace_errors(exc):
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

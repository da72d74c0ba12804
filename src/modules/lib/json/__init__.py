"""JSON (JavaScript Object Notation) encoder and decoder (safepy implementation).

The hot paths (scanning, escaping, the whole encode and decode of plain values) run in
the C module _json; this package holds the classes and the option handling.
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        enc = _default_encoder
    else:
        if cls is None:
            cls = JSONEncoder
        enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
    if (type(fp) in _quiet_streams and type(enc).iterencode is JSONEncoder.iterencode
            and getattr(enc.default, '__func__', None) is JSONEncoder.default):
        # The writes of a file or StringIO are not observable one by one: encode in C at
        # once. On an error, CPython has written the chunks before it: with no default()
        # (user code that would run twice) redo it chunk by chunk for the same output.
        try:
            text = enc.iterencode(obj, _one_shot=True)
        except (TypeError, ValueError, RecursionError):
            pass
        else:
            fp.write(next(text))
            return
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def _stream_types():
    import io
    return (io.StringIO, io.TextIOWrapper)


_quiet_streams = _stream_types()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_bytes(b, encoding):
    try:
        return b.decode(encoding, 'surrogatepass')
    except LookupError:
        pass
    # Codecs the core may lack: decode by hand.
    if encoding == 'utf-8-sig':
        return bytes(b[3:]).decode('utf-8', 'surrogatepass')
    width = 2 if encoding.startswith('utf-16') else 4
    order = 'little'
    if encoding.endswith('-be'):
        order = 'big'
    elif not encoding.endswith('-le'):
        if b[:width] in (b'\xfe\xff', b'\x00\x00\xfe\xff'):
            order = 'big'
        b = b[width:]
    units = [int.from_bytes(b[i:i + width], order) for i in range(0, len(b) - width + 1, width)]
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if (width == 2 and 0xD800 <= u <= 0xDBFF and i + 1 < len(units)
                and 0xDC00 <= units[i + 1] <= 0xDFFF):
            u = 0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00)
            i += 1
        out.append(chr(u))
        i += 1
    return ''.join(out)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance containing a
    JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(s, detect_encoding(s))
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)

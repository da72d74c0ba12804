"""JSONEncoder (safepy implementation over _json.encode; without _json, the chunked
encoder below and the py_ string escapes do all of it)."""

try:
    import _json
except ImportError:
    _json = None

__all__ = ['JSONEncoder']

_ESCAPE_TABLE = {i: '\\u%04x' % i for i in range(0x20)}
_ESCAPE_TABLE.update({ord('"'): '\\"', ord('\\'): '\\\\', ord('\n'): '\\n', ord('\r'): '\\r',
                      ord('\t'): '\\t', ord('\b'): '\\b', ord('\f'): '\\f'})


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def _ascii_escape(ch):
    c = ord(ch)
    if c < 0x10000:
        return '\\u%04x' % c
    c -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    s = s.translate(_ESCAPE_TABLE)
    if not s.isascii() or '\x7f' in s:
        s = ''.join(ch if ch < '\x7f' else _ascii_escape(ch) for ch in s)
    return '"' + s + '"'


if _json is not None:
    c_encode_basestring = encode_basestring = _json.encode_basestring
    c_encode_basestring_ascii = encode_basestring_ascii = _json.encode_basestring_ascii
else:
    c_encode_basestring = c_encode_basestring_ascii = None
    encode_basestring = py_encode_basestring
    encode_basestring_ascii = py_encode_basestring_ascii
c_make_encoder = None

INFINITY = float('inf')


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object
        for ``o``, or calls the base implementation (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if type(self).iterencode is not JSONEncoder.iterencode:
            # A subclass's iterencode shapes the output, as in CPython.
            chunks = self.iterencode(o, _one_shot=True)
            if not isinstance(chunks, (list, tuple)):
                chunks = list(chunks)
            return ''.join(chunks)
        return self._encode(o, 0)

    def _encode(self, o, level):
        if _json is None:
            return ''.join(_Chunks(self).encode(o, level))
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.default, indent, self.key_separator,
                            self.item_separator, self.sort_keys, self.skipkeys,
                            self.allow_nan, self.ensure_ascii, self.check_circular, level)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)
        """
        if _one_shot:
            # The whole text at once (the C encoder); the same text as the chunks.
            return iter((self._encode(o, 0),))
        return _Chunks(self).encode(o, 0)


class _Chunks:
    """The chunked encoder behind JSONEncoder.iterencode: yields the pieces of the text in
    the order and grouping CPython's pure-Python encoder does (a scalar joined to the
    separator before it, containers' brackets and dict keys as pieces of their own)."""

    def __init__(self, enc):
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_sep = enc.key_separator
        self.item_sep = enc.item_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.allow_nan = enc.allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar(self, o):
        # The text of a scalar value, or None for a container or other object.
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        if self.markers is None:
            return None
        key = id(o)
        if key in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[key] = o
        return key

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def nested(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.array(o, level)
        if isinstance(o, dict):
            return self.object(o, level)
        return self.encode(o, level)

    def array(self, seq, level):
        if not seq:
            yield '[]'
            return
        key = self.enter(seq)
        buf = '['
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            buf += newline
        else:
            newline = None
            sep = self.item_sep
        first = True
        for value in seq:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.nested(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(key)

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        marker = self.enter(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            yield newline
        else:
            newline = None
            sep = self.item_sep
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield sep
            yield self.string(key)
            yield self.key_sep
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.nested(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(marker)

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            marker = self.enter(o)
            o = self.default(o)
            yield from self.encode(o, level)
            self.leave(marker)

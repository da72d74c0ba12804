"""JSONEncoder (safepy implementation over _json.encode)."""

import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
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
        return self._encode(o, 0)

    def _encode(self, o, level):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.default, indent, self.key_separator,
                            self.item_separator, self.sort_keys, self.skipkeys,
                            self.allow_nan, self.ensure_ascii, self.check_circular, level)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        return iter((self._encode(o, 0),))

"""JSONDecoder and JSONDecodeError (safepy implementation over _json.scan_once).

py_scanstring, JSONObject and JSONArray are the Python decoder, used when _json is
blocked (CPython's tests import json with import_fresh_module(..., blocked=['_json'])):
its messages are those of CPython's pure-Python decoder.
"""

try:
    import _json
except ImportError:
    _json = None
from . import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

_MAXSIZE = (1 << 63) - 1

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


def _ws_end(s, i):
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


def c_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string; end is the index just after the opening
    quote. Returns (decoded str, index after the closing quote)."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t'}


def _hex4(s, pos):
    # the code unit of the 4 hex digits after the 'u' of \\uXXXX at [pos]; an error points
    # at the 'u' (CPython's pure-Python decoder reports one past the backslash)
    digits = s[pos + 2:pos + 6]
    if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos + 1)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string; end is the index just after the opening
    quote. Returns (decoded str, index after the closing quote)."""
    if end > _MAXSIZE:
        # CPython's decoder hands [end] to a regular expression match first
        raise OverflowError('Python int too large to convert to C ssize_t')
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        pos = end
        while end < n and s[end] not in '"\\' and (not strict or s[end] >= ' '):
            end += 1
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        chunks.append(s[pos:end])
        ch = s[end]
        if ch == '"':
            return ''.join(chunks), end + 1
        if ch != '\\':
            raise JSONDecodeError('Invalid control character {0!r} at'.format(ch), s, end + 1)
        if end + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end + 1]
        if esc != 'u':
            if esc not in _ESCAPES:
                raise JSONDecodeError('Invalid \\escape: {0!r}'.format(esc), s, end + 1)
            chunks.append(_ESCAPES[esc])
            end += 2
            continue
        unit = _hex4(s, end)
        end += 6
        if 0xd800 <= unit <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end)
            if 0xdc00 <= low <= 0xdfff:
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        chunks.append(chr(unit))


scanstring = c_scanstring if _json is not None else py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    """Decode the members of an object whose '{' is just before end; returns
    (the dict or hook result, index after the '}')."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    end = _ws_end(s, end)
    if s[end:end + 1] == '}':
        end += 1
    else:
        while True:
            if s[end:end + 1] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                      s, end)
            key, end = py_scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _ws_end(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _ws_end(s, end + 1)
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            end = _ws_end(s, end)
            sep = s[end:end + 1]
            end += 1
            if sep == '}':
                break
            if sep != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _ws_end(s, end)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    obj = dict(pairs)
    if object_hook is not None:
        obj = object_hook(obj)
    return obj, end


def JSONArray(s_and_end, scan_once):
    """Decode the items of an array whose '[' is just before end; returns (the list,
    index after the ']')."""
    s, end = s_and_end
    values = []
    end = _ws_end(s, end)
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        values.append(value)
        end = _ws_end(s, end)
        sep = s[end:end + 1]
        end += 1
        if sep == ']':
            return values, end
        if sep != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _ws_end(s, end)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance containing a
        JSON document)."""
        obj, end = self.raw_decode(s, idx=_ws_end(s, 0))
        end = _ws_end(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document)
        and return a 2-tuple of the Python representation and the index in ``s`` where
        the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end

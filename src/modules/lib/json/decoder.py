"""JSONDecoder and JSONDecodeError (safepy implementation over _json.scan_once)."""

import _json
from . import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

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


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string; end is the index just after the opening
    quote. Returns (decoded str, index after the closing quote)."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


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

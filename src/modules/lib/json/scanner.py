"""JSON token scanner (safepy: a thin wrapper over _json.scan_once; py_make_scanner is
the Python scanner, used when _json is blocked)."""

import re

try:
    import _json
except ImportError:
    _json = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')


def c_make_scanner(context):
    from . import decoder
    strict = context.strict
    object_hook = context.object_hook
    pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    if parse_float is float:
        parse_float = None
    parse_int = context.parse_int
    if parse_int is int:
        parse_int = None
    parse_constant = context.parse_constant
    scan = _json.scan_once

    # the error class is looked up when scanning, as CPython's _json does (json.decoder's
    # JSONDecodeError at that time)
    def scan_once(string, idx):
        return scan(string, idx, strict, object_hook, pairs_hook, parse_float, parse_int,
                    parse_constant, decoder.JSONDecodeError)
    return scan_once


def py_make_scanner(context):
    from .decoder import JSONObject, JSONArray, py_scanstring
    strict = context.strict
    object_hook = context.object_hook
    pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = context.memo
    match_number = NUMBER_RE.match
    words = (('null', None), ('true', True), ('false', False))
    constants = ('NaN', 'Infinity', '-Infinity')

    def scan(string, idx):
        try:
            ch = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if ch == '"':
            return py_scanstring(string, idx + 1, strict)
        if ch == '{':
            return JSONObject((string, idx + 1), strict, scan, object_hook, pairs_hook,
                              memo)
        if ch == '[':
            return JSONArray((string, idx + 1), scan)
        for word, value in words:
            if string.startswith(word, idx):
                return value, idx + len(word)
        m = match_number(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                return parse_float(integer + (frac or '') + (exp or '')), m.end()
            return parse_int(integer), m.end()
        for name in constants:
            if string.startswith(name, idx):
                return parse_constant(name), idx + len(name)
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return scan(string, idx)
        finally:
            memo.clear()
    return scan_once


make_scanner = c_make_scanner if _json is not None else py_make_scanner

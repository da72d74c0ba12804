"""JSON token scanner (safepy: a thin wrapper over _json.scan_once)."""

import _json

__all__ = ['make_scanner']


def make_scanner(context):
    from .decoder import JSONDecodeError
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

    def scan_once(string, idx):
        return scan(string, idx, strict, object_hook, pairs_hook, parse_float, parse_int,
                    parse_constant, JSONDecodeError)
    return scan_once


c_make_scanner = None
py_make_scanner = make_scanner

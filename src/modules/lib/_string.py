"""_string: the format-string parser behind string.Formatter (str.format's grammar)."""

import string as _s


def formatter_parser(format_string):
    if not isinstance(format_string, str):
        raise TypeError(f"expected str, got {type(format_string).__name__}")
    return iter(list(_s._parse_format(format_string)))


def formatter_field_name_split(field_name):
    if not isinstance(field_name, str):
        raise TypeError(f"expected str, got {type(field_name).__name__}")
    first, rest = _s._split_name(field_name)
    return first, iter(rest)

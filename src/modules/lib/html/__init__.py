"""html: escape and unescape HTML text (our own implementation).

unescape() resolves numeric character references following the HTML5
rules (Windows-1252 remapping of 0x80-0x9F, U+FFFD for surrogates and
out-of-range values, dropping of non-characters) and named references
from html.entities.html5, including the longest-prefix rule for names
without a terminating ';'.
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Windows-1252 meanings given to the C1 range by the HTML5 spec.
_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160'
           '\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022'
           '\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')


def _invalid_codepoint(n):
    if 0x1 <= n <= 0x8 or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f:
        return True
    if 0xfdd0 <= n <= 0xfdef or n == 0xb:
        return True
    return (n & 0xfffe) == 0xfffe


def _replace(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num == 0:
            return '\ufffd'
        if num == 0x0d:
            return '\r'
        if 0x80 <= num <= 0x9f:
            return _CP1252[num - 0x80]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _invalid_codepoint(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace, s)

"""Quoted-printable encoding of RFC 2045 bodies and RFC 2047 'q' headers.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

import re
from string import ascii_letters, digits, hexdigits

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

# what each byte becomes: itself when safe, '=XX' otherwise
_QUOPRI_MAP = ['=%02X' % c for c in range(256)]
_QUOPRI_HEADER_MAP = _QUOPRI_MAP[:]
_QUOPRI_BODY_MAP = _QUOPRI_MAP[:]
for _c in b'-!*+/' + ascii_letters.encode('ascii') + digits.encode('ascii'):
    _QUOPRI_HEADER_MAP[_c] = chr(_c)
_QUOPRI_HEADER_MAP[ord(' ')] = '_'
for _c in b' !"#$%&\'()*+,-./0123456789:;<>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`'\
          b'abcdefghijklmnopqrstuvwxyz{|}~\t':
    _QUOPRI_BODY_MAP[_c] = chr(_c)
# the body map keeps line ends; the body encoder splits on them
_QUOPRI_BODY_ENCODE_MAP = _QUOPRI_BODY_MAP[:]
for _c in b'\r\n':
    _QUOPRI_BODY_ENCODE_MAP[_c] = chr(_c)
del _c


def header_check(octet):
    """True if the byte must be quoted in a 'q' encoded word."""
    return chr(octet) != _QUOPRI_HEADER_MAP[octet]


def body_check(octet):
    """True if the byte must be quoted in a quoted-printable body."""
    return chr(octet) != _QUOPRI_BODY_MAP[octet]


def header_length(bytearray):
    """Length of the 'q' encoding of the bytes (without the encoded-word frame)."""
    return sum(len(_QUOPRI_HEADER_MAP[octet]) for octet in bytearray)


def body_length(bytearray):
    """Length of the quoted-printable body encoding of the bytes."""
    return sum(len(_QUOPRI_BODY_MAP[octet]) for octet in bytearray)


def quote(c):
    return _QUOPRI_MAP[ord(c)]


def unquote(s):
    """The character of an '=XX' escape."""
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    """An RFC 2047 'q' encoded word of header_bytes."""
    if not header_bytes:
        return ''
    return '=?%s?q?%s?=' % (charset, header_bytes.decode('latin1').translate(_QUOPRI_HEADER_MAP))


def _encode_line(line, maxlinelen, eol, out):
    """Append the output lines of one encoded input line: soft breaks ('=' at the
    end) keep each under maxlinelen without splitting an '=XX' escape, and a
    trailing blank is escaped so that transport cannot strip it (a soft break
    there carries its own eol)."""
    start = 0
    last_start = len(line) - 1 - maxlinelen
    while start <= last_start:
        stop = start + maxlinelen - 1
        if line[stop - 2] == '=':
            out.append(line[start:stop - 1])
            start = stop - 2
        elif line[stop - 1] == '=':
            out.append(line[start:stop])
            start = stop - 1
        else:
            out.append(line[start:stop] + '=')
            start = stop
    if line and line[-1] in ' \t':
        room = start - last_start
        if room >= 3:
            tail = quote(line[-1])
        elif room == 2:
            tail = line[-1] + '=' + eol
        else:
            tail = '=' + eol + quote(line[-1])
        out.append(line[start:-1] + tail)
    else:
        out.append(line[start:])


def body_encode(body, maxlinelen=76, eol=NL):
    """str body (one character per byte) as quoted-printable lines joined by eol."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = body.translate(_QUOPRI_BODY_ENCODE_MAP)
    out = []
    for line in body.splitlines():
        _encode_line(line, maxlinelen, eol, out)
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Decode quoted-printable text (soft breaks joined, lines ended by eol)."""
    if not encoded:
        return encoded
    decoded = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            decoded.append(eol)
            continue
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if c != '=':
                decoded.append(c)
                i += 1
            elif i + 1 == n:
                # soft line break: no end of line
                i += 1
                continue
            elif i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                decoded.append(unquote(line[i:i + 3]))
                i += 3
            else:
                decoded.append(c)
                i += 1
            if i == n:
                decoded.append(eol)
    result = EMPTYSTRING.join(decoded)
    if encoded[-1] not in '\r\n' and result.endswith(eol):
        result = result[:-1]
    return result


body_decode = decode
decodestring = decode


def _unquote_match(match):
    return unquote(match.group(0))


def header_decode(s):
    """Decode the text of a 'q' encoded word ('_' is a space)."""
    return re.sub(r'=[a-fA-F0-9]{2}', _unquote_match, s.replace('_', ' '), flags=re.ASCII)

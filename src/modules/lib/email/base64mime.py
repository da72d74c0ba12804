"""Base64 content transfer encoding of RFC 2045 bodies and RFC 2047 headers.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_encode',
           'header_length']

from base64 import b64encode
from binascii import a2b_base64, b2a_base64

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """Length of the base64 text of the given bytes (without the encoded-word frame)."""
    groups, leftover = divmod(len(bytearray), 3)
    return groups * 4 + (4 if leftover else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    """An RFC 2047 'b' encoded word of header_bytes (a str is encoded with charset)."""
    if not header_bytes:
        return ''
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode('ascii'))


def body_encode(s, maxlinelen=76, eol=NL):
    """Bytes s as base64 lines of at most maxlinelen characters, each ended by eol."""
    if not s:
        return ''
    chunk = maxlinelen * 3 // 4
    lines = []
    for start in range(0, len(s), chunk):
        line = b2a_base64(s[start:start + chunk]).decode('ascii')
        if eol != NL and line.endswith(NL):
            line = line[:-1] + eol
        lines.append(line)
    return EMPTYSTRING.join(lines)


def decode(string):
    """The bytes of base64 text (str or bytes)."""
    if not string:
        return bytes()
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape')
    return a2b_base64(string)


body_decode = decode
decodestring = decode

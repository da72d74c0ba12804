"""quopri: quoted-printable encoding and decoding (RFC 1521), our own module for safepy.

The work is done by binascii.b2a_qp/a2b_qp, as CPython's quopri does when binascii is
available; the byte-level helpers (quote, ishex, unhex, needsquoting) are kept for
callers that use them.
"""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the one-byte bytes [c] must be written quoted."""
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The one-byte bytes [c] as an '=XX' escape."""
    assert isinstance(c, bytes) and len(c) == 1
    n = c[0]
    return ESCAPE + HEX[n // 16:n // 16 + 1] + HEX[n % 16:n % 16 + 1]


def encode(input, output, quotetabs, header=False):
    """Read binary file [input], write its encoding to binary file [output]."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read binary file [input], write its decoding to binary file [output]."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte bytes [c] is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hexadecimal digits in bytes [s]."""
    bits = 0
    for n in s:
        c = bytes((n,))
        if b'0' <= c <= b'9':
            base = ord('0')
        elif b'a' <= c <= b'f':
            base = ord('a') - 10
        elif b'A' <= c <= b'F':
            base = ord(b'A') - 10
        else:
            assert False, "non-hex digit " + repr(c)
        bits = bits * 16 + (n - base)
    return bits

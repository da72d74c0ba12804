"""RFC 2047 encoded words ('=?charset?q?text?=' and '=?charset?b?text?='), as the
header parser and the folder of email.policy use them.

safepy's own implementation; CPython 3.11 is the oracle."""

import base64
import binascii
import re

from email import errors

__all__ = ['decode_q', 'encode_q', 'decode_b', 'encode_b', 'len_q', 'len_b',
           'decode', 'encode']

_Q_SAFE = frozenset(b'-!*+/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
_q_hex = re.compile(br'=([0-9A-Fa-f]{2})')


def _q_char(byte):
    if byte == 0x20:
        return '_'
    if byte in _Q_SAFE:
        return chr(byte)
    return '=%02X' % byte


def decode_q(encoded):
    """(bytes, defects) of a 'q' encoded text: '_' is a space, '=XX' a byte."""
    return _q_hex.sub(lambda m: bytes([int(m.group(1), 16)]),
                      encoded.replace(b'_', b' ')), []


def encode_q(bstring):
    return ''.join(_q_char(b) for b in bstring)


def len_q(bstring):
    return sum(len(_q_char(b)) for b in bstring)


def decode_b(encoded):
    """(bytes, defects) of a 'b' encoded text, lenient about padding and stray
    characters (each case recorded as a defect)."""
    missing = len(encoded) % 4
    if missing:
        padded = encoded + b'==='[:4 - missing]
    else:
        padded = encoded
    attempts = ((padded, True, [errors.InvalidBase64PaddingDefect] if missing else []),
                (encoded, False, [errors.InvalidBase64CharactersDefect]),
                (encoded + b'==', False, [errors.InvalidBase64CharactersDefect,
                                          errors.InvalidBase64PaddingDefect]))
    for data, validate, defects in attempts:
        try:
            return base64.b64decode(data, validate=validate), [d() for d in defects]
        except binascii.Error:
            continue
    return encoded, [errors.InvalidBase64LengthDefect()]


def encode_b(bstring):
    return base64.b64encode(bstring).decode('ascii')


def len_b(bstring):
    return (len(bstring) + 2) // 3 * 4


_decoders = {'q': decode_q, 'b': decode_b}


def decode(ew):
    """(text, charset, lang, defects) of one encoded word; bytes the charset cannot
    decode are kept as surrogate escapes."""
    _, charset, cte, text, _ = ew.split('?')
    charset, _, lang = charset.partition('*')
    raw, defects = _decoders[cte.lower()](text.encode('ascii', 'surrogateescape'))
    try:
        string = raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(errors.UndecodableBytesDefect(
            "Encoded word contains bytes not decodable using {!r} charset".format(charset)))
        string = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        string = raw.decode('ascii', 'surrogateescape')
        if charset.lower() != 'unknown-8bit':
            defects.append(errors.CharsetError(
                "Unknown charset {!r} in encoded word; decoded as unknown bytes".format(charset)))
    return string, charset, lang, defects


def encode(string, charset='utf-8', encoding=None, lang=''):
    """One encoded word of string; encoding 'q' or 'b', or None for the shorter
    ('q' unless it is at least 5 characters longer)."""
    if charset == 'unknown-8bit':
        raw = string.encode('ascii', 'surrogateescape')
    else:
        raw = string.encode(charset)
    if encoding is None:
        encoding = 'q' if len_q(raw) - len_b(raw) < 5 else 'b'
    text = encode_q(raw) if encoding == 'q' else encode_b(raw)
    return '=?{}{}?{}?{}?='.format(charset, '*' + lang if lang else '', encoding, text)

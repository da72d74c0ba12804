"""Character sets of email: which encoding a charset's headers and bodies use.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

from functools import partial

import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

QP = 1          # quoted-printable
BASE64 = 2      # base64
SHORTEST = 3    # the shorter of the two (headers only)

RFC2047_CHROME_LEN = 7   # '=?' '?q?' '?=' around an encoded word

DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset: (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None),
    'iso-8859-2': (QP, QP, None),
    'iso-8859-3': (QP, QP, None),
    'iso-8859-4': (QP, QP, None),
    'iso-8859-9': (QP, QP, None),
    'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None),
    'iso-8859-14': (QP, QP, None),
    'iso-8859-15': (QP, QP, None),
    'iso-8859-16': (QP, QP, None),
    'windows-1252': (QP, QP, None),
    'viscii': (QP, QP, None),
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {'ascii': 'us-ascii', 'cp949': 'ks_c_5601-1987',
           'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr'}
for _n, _iso in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13), (8, 14),
                 (9, 15), (10, 16)):
    ALIASES['latin_%d' % _n] = ALIASES['latin-%d' % _n] = 'iso-8859-%d' % _iso
del _n, _iso

# charset: Python codec name (None: the charset needs no codec)
CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register the encodings of a charset (SHORTEST is for headers only)."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Register another name of a charset."""
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    """Register the Python codec of a charset."""
    CODEC_MAP[charset] = codecname


def _encode(string, codec):
    if codec == UNKNOWN8BIT:
        return string.encode('ascii', 'surrogateescape')
    return string.encode(codec)


class Charset:
    """A charset with how its headers and bodies are encoded in email."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode('ascii')
            else:
                input_charset = str(input_charset, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        input_charset = input_charset.lower()
        self.input_charset = ALIASES.get(input_charset, input_charset)
        henc, benc, conv = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        if not conv:
            conv = self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or the encoder function of 7bit/8bit bodies."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _encoder_for(self, header_bytes):
        if self.header_encoding == BASE64:
            return email.base64mime
        if self.header_encoding == QP:
            return email.quoprimime
        if self.header_encoding == SHORTEST:
            if (email.base64mime.header_length(header_bytes)
                    < email.quoprimime.header_length(header_bytes)):
                return email.base64mime
            return email.quoprimime
        return None

    def header_encode(self, string):
        """string as one encoded word of the output charset (as is for us-ascii)."""
        codec = self.output_codec or 'us-ascii'
        header_bytes = _encode(string, codec)
        encoder = self._encoder_for(header_bytes)
        if encoder is None:
            return string
        return encoder.header_encode(header_bytes, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as encoded words, the first fitting maxlengths' first length, each
        next one the next length (the iterator's last length repeats)."""
        codec = self.output_codec or 'us-ascii'
        header_bytes = _encode(string, codec)
        encoder = self._encoder_for(header_bytes)
        encode = partial(encoder.header_encode, charset=codec)
        charset = self.get_output_charset()
        extra = len(charset) + RFC2047_CHROME_LEN
        lines = []
        current = []
        maxlen = next(maxlengths) - extra
        for character in string:
            current.append(character)
            this_line = EMPTYSTRING.join(current)
            length = encoder.header_length(_encode(this_line, charset))
            if length > maxlen:
                current.pop()
                if not lines and not current:
                    lines.append(None)
                else:
                    lines.append(encode(_encode(EMPTYSTRING.join(current), codec)))
                current = [character]
                maxlen = next(maxlengths) - extra
        lines.append(encode(_encode(EMPTYSTRING.join(current), codec)))
        return lines

    def body_encode(self, string):
        """string (str or bytes) in the body encoding of the charset."""
        if not string:
            return string
        if self.body_encoding == BASE64:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.base64mime.body_encode(string)
        if self.body_encoding == QP:
            if isinstance(string, str):
                string = string.encode(self.output_charset)
            return email.quoprimime.body_encode(string.decode('latin1'))
        if isinstance(string, str):
            string = string.encode(self.output_charset).decode('ascii')
        return string

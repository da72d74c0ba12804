"""encodings.quopri_codec (safepy): bytes to and from quoted-printable (RFC 1521; tabs
and spaces quoted when encoding, as CPython's codec does)."""

import codecs
import quopri
from io import BytesIO


def _encode(input):
    return quopri.encodestring(BytesIO(input).getvalue(), True)


def _decode(input):
    return quopri.decodestring(BytesIO(input).getvalue())


globals().update(codecs._bytes_transform_module(__name__, 'quopri', _encode, _decode))

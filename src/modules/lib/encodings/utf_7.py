"""encodings.utf_7 (safepy): UTF-7 (RFC 2152); the codec classes over
_codecs_more.utf_7_encode/utf_7_decode (the incremental encoder closes its base64
sequence at the end of every piece, as CPython's)."""

import codecs
import _codecs_more

globals().update(codecs._codec_module(__name__, 'utf-7', _codecs_more.utf_7_encode,
                                      _codecs_more.utf_7_decode))

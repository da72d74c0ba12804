"""encodings.unicode_escape (safepy): Python string-literal escapes; the codec classes over
_codecs_more.unicode_escape_encode/unicode_escape_decode."""

import codecs
import _codecs_more

globals().update(codecs._codec_module(__name__, 'unicode-escape', _codecs_more.unicode_escape_encode,
                                      _codecs_more.unicode_escape_decode))

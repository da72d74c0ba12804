"""encodings.raw_unicode_escape (safepy): raw string-literal escapes (only the u and U
escapes); the codec classes over _codecs_more.raw_unicode_escape_encode/_decode."""

import codecs
import _codecs_more

globals().update(codecs._codec_module(__name__, 'raw-unicode-escape', _codecs_more.raw_unicode_escape_encode,
                                      _codecs_more.raw_unicode_escape_decode))

"""encodings.utf_8 (safepy): UTF-8; the codec classes over codecs.utf_8_encode/utf_8_decode."""

import codecs

globals().update(codecs._codec_module(__name__, 'utf-8', codecs.utf_8_encode, codecs.utf_8_decode))

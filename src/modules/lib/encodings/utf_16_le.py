"""encodings.utf_16_le (safepy): UTF-16 little-endian, no BOM; the codec classes over codecs.utf_16_le_encode/utf_16_le_decode."""

import codecs

globals().update(codecs._codec_module(__name__, 'utf-16-le', codecs.utf_16_le_encode, codecs.utf_16_le_decode))

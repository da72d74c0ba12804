"""encodings.utf_32_le (safepy): UTF-32 little-endian, no BOM; the codec classes over codecs.utf_32_le_encode/utf_32_le_decode."""

import codecs

globals().update(codecs._codec_module(__name__, 'utf-32-le', codecs.utf_32_le_encode, codecs.utf_32_le_decode))

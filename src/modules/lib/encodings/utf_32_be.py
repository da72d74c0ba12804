"""encodings.utf_32_be (safepy): UTF-32 big-endian, no BOM; the codec classes over codecs.utf_32_be_encode/utf_32_be_decode."""

import codecs

globals().update(codecs._codec_module(__name__, 'utf-32-be', codecs.utf_32_be_encode, codecs.utf_32_be_decode))

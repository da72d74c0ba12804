"""encodings.utf_16_be (safepy): UTF-16 big-endian, no BOM; the codec classes over codecs.utf_16_be_encode/utf_16_be_decode."""

import codecs

globals().update(codecs._codec_module(__name__, 'utf-16-be', codecs.utf_16_be_encode, codecs.utf_16_be_decode))

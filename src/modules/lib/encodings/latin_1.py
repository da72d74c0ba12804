"""encodings.latin_1 (safepy): Latin-1 (ISO 8859-1); the codec classes over codecs.latin_1_encode/latin_1_decode."""

import codecs

globals().update(codecs._codec_module(__name__, 'iso8859-1', codecs.latin_1_encode, codecs.latin_1_decode,
                                     stateful_decode=False))

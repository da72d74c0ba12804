"""encodings.ascii (safepy): ASCII; the codec classes over codecs.ascii_encode/ascii_decode."""

import codecs

globals().update(codecs._codec_module(__name__, 'ascii', codecs.ascii_encode, codecs.ascii_decode,
                                     stateful_decode=False))

"""encodings.hex_codec (safepy): bytes to and from their hexadecimal digits."""

import binascii
import codecs

globals().update(codecs._bytes_transform_module(__name__, 'hex', binascii.b2a_hex,
                                                binascii.a2b_hex))

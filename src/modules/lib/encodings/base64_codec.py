"""encodings.base64_codec (safepy): bytes to and from base64 (MIME lines of 76)."""

import base64
import codecs

globals().update(codecs._bytes_transform_module(__name__, 'base64', base64.encodebytes,
                                                base64.decodebytes))

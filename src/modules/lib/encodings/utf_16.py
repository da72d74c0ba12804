"""encodings.utf_16 (safepy): UTF-16 with a byte order mark.

Encoding writes a BOM first, then little-endian units; decoding takes the byte order
from the BOM the input starts with (an incremental decoder or stream reader whose input
has none raises UnicodeError). _bom_module also makes encodings.utf_32.
"""

import codecs


def _bom_module(modname, name, width):
    """The names of the BOM-led codec module [modname] for code units of [width] bytes."""
    tag = 'UTF-16' if width == 2 else 'UTF-32'
    prefix = 'utf_16' if width == 2 else 'utf_32'
    encode_bom = getattr(codecs, prefix + '_encode')
    encode_le = getattr(codecs, prefix + '_le_encode')
    decode_le = getattr(codecs, prefix + '_le_decode')
    decode_be = getattr(codecs, prefix + '_be_decode')
    decode_ex = getattr(codecs, prefix + '_ex_decode')

    def decode(input, errors='strict'):
        return getattr(codecs, prefix + '_decode')(input, errors, True)

    def detect(input, errors, final):
        # (text, consumed, the decoder the BOM chose or None)
        text, used, order = decode_ex(input, errors, 0, final)
        if order == -1:
            return text, used, decode_le
        if order == 1:
            return text, used, decode_be
        if used >= width:
            raise UnicodeError('%s stream does not start with BOM' % tag)
        return text, used, None

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            out = (encode_le if self.started else encode_bom)(input, self.errors)[0]
            self.started = True
            return out

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.started = False

        def getstate(self):
            # 2: the BOM is still to come; 0: units in this machine's order follow
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, self.errors, final)
            text, used, self.decoder = detect(input, errors, final)
            return text, used

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            # 2: byte order still unknown; 0: little-endian (this machine's); 1: big
            order = 2 if self.decoder is None else int(self.decoder is decode_be)
            return (self.buffer, order)

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            self.decoder = {0: decode_le, 1: decode_be}.get(state[1])

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.started = False

        def reset(self):
            codecs.StreamWriter.reset(self)
            self.started = False

        def encode(self, input, errors='strict'):
            out = (encode_le if self.started else encode_bom)(input, errors)
            self.started = True
            return out

    class StreamReader(codecs.StreamReader):
        def reset(self):
            codecs.StreamReader.reset(self)
            self.__dict__.pop('decode', None)

        def decode(self, input, errors='strict'):
            text, used, chosen = detect(input, errors, False)
            if chosen is not None:
                self.decode = chosen
            return text, used

    def getregentry():
        return codecs.CodecInfo(name=name, encode=encode_bom, decode=decode,
                                incrementalencoder=IncrementalEncoder,
                                incrementaldecoder=IncrementalDecoder,
                                streamreader=StreamReader, streamwriter=StreamWriter)
    return codecs._module_names(modname, encode_bom, {
        'decode': decode, 'IncrementalEncoder': IncrementalEncoder,
        'IncrementalDecoder': IncrementalDecoder, 'StreamWriter': StreamWriter,
        'StreamReader': StreamReader, 'getregentry': getregentry})


globals().update(_bom_module(__name__, 'utf-16', 2))

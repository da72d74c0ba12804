"""encodings.utf_8_sig (safepy): UTF-8 led by a BOM (EF BB BF): written before the
text, skipped on decoding when the input starts with it."""

import codecs

_BOM = codecs.BOM_UTF8


def encode(input, errors='strict'):
    return _BOM + codecs.utf_8_encode(input, errors)[0], len(input)


def _maybe_bom(input):
    # fewer than 3 bytes that a BOM could start with: incremental decoding waits
    return len(input) < 3 and _BOM.startswith(input)


def _skip_bom(input, errors, final):
    # (text, consumed) of input that may start with the BOM
    if input[:3] == _BOM:
        text, used = codecs.utf_8_decode(input[3:], errors, final)
        return text, used + 3
    return codecs.utf_8_decode(input, errors, final)


def decode(input, errors='strict'):
    return _skip_bom(bytes(input), errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        out = codecs.utf_8_encode(input, self.errors)[0]
        if self.first:
            self.first = 0
            out = _BOM + out
        return out

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if not self.first:
            return codecs.utf_8_decode(input, errors, final)
        if _maybe_bom(input):
            return '', 0
        self.first = 0
        return _skip_bom(input, errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        return (self.buffer, self.first)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


class StreamWriter(codecs.StreamWriter):
    def reset(self):
        codecs.StreamWriter.reset(self)
        self.__dict__.pop('encode', None)

    def encode(self, input, errors='strict'):
        # the BOM once, plain UTF-8 after it
        self.encode = codecs.utf_8_encode
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)

    def decode(self, input, errors='strict'):
        if _maybe_bom(input):
            return '', 0
        self.decode = codecs.utf_8_decode
        return _skip_bom(input, errors, False)


def getregentry():
    return codecs.CodecInfo(name='utf-8-sig', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)

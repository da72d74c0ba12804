"""encodings.zlib_codec (safepy): bytes to and from zlib-compressed data; the
incremental classes keep a compressor/decompressor between pieces."""

import codecs
import zlib

globals().update(codecs._bytes_transform_module(__name__, 'zlib', zlib.compress,
                                                zlib.decompress))


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.compressobj = zlib.compressobj()

    def encode(self, input, final=False):
        out = self.compressobj.compress(input)
        if final:
            out += self.compressobj.flush()
        return out

    def reset(self):
        self.compressobj = zlib.compressobj()


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.decompressobj = zlib.decompressobj()

    def decode(self, input, final=False):
        out = self.decompressobj.decompress(input)
        if final:
            out += self.decompressobj.flush()
        return out

    def reset(self):
        self.decompressobj = zlib.decompressobj()


def getregentry():
    return codecs.CodecInfo(name='zlib', encode=encode, decode=decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter,
                            _is_text_encoding=False)

"""_multibytecodec (safepy): the base classes of CPython's multibyte (CJK) codecs.

CPython's encodings.big5, gb2312, shift_jis ... derive their incremental and stream
classes from these and give them a `codec` attribute made by __create_codec from a C
codec table. safepy has no CJK codec (those encodings modules do not exist here), so no
such codec object can be made: the classes serve issubclass/isinstance checks, and
making an instance without a codec fails as in CPython.
"""


class _NeedsCodec:
    def __new__(cls, *args, **kwargs):
        # CPython looks the codec up on the class first
        name = cls.__name__
        if cls.__module__ == __name__:
            name = __name__ + '.' + name
        raise AttributeError("type object '%s' has no attribute 'codec'" % name)


class MultibyteIncrementalEncoder(_NeedsCodec):
    pass


class MultibyteIncrementalDecoder(_NeedsCodec):
    pass


class MultibyteStreamReader(_NeedsCodec):
    pass


class MultibyteStreamWriter(_NeedsCodec):
    pass


def __create_codec(codec):
    raise ValueError('argument type invalid')

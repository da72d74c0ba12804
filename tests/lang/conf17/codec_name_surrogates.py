# Codec and error-handler names with lone surrogates raise UnicodeEncodeError (CPython encodes them to UTF-8 first)
import codecs
cases = [
    lambda: codecs.lookup('utf\udc80'),
    lambda: codecs.lookup('\ud800'),
    lambda: 'a'.encode('utf\udc80'),
    lambda: 'a'.encode('utf-8', 'strict\udc80'),
    lambda: 'a'.encode('latin\udc80\udc81'),
    lambda: b'a'.decode('utf\udc80'),
    lambda: b'a'.decode('ascii', '\udcff'),
    lambda: bytearray(b'a').decode('\udc80'),
    lambda: str(b'a', 'utf\udc80'),
    lambda: bytes('a', '\udc80'),
    lambda: codecs.encode('a', 'x\udfff'),
    lambda: codecs.decode(b'a', 'x\udfff'),
    lambda: codecs.encode('a', 'utf-8', 'x\udc80'),
    lambda: codecs.lookup_error('x\udc80'),
    lambda: codecs.register_error('a\udc80', print),
    lambda: codecs.encode('a', 1),
    lambda: codecs.decode(b'a', 'utf-8', 2),
    lambda: codecs.lookup_error(3),
    lambda: codecs.register_error(4, print),
    lambda: codecs.lookup(5),
    lambda: codecs.lookup('nope\u00e9'),
    lambda: 'a\u00e9'.encode('latin-1'),
]
for f in cases:
    try:
        r = f()
        print(r.name if isinstance(r, codecs.CodecInfo) else r)
    except Exception as e:
        print(type(e).__name__, e)

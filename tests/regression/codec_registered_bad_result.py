# str.encode / bytes.decode through a codec registered with codecs.register: the decoder's "must return a tuple" message lacked CPython's exact spelling
import codecs
def search(name):
    if name == 'rt_int':
        return codecs.CodecInfo(lambda s, errors='strict': 42, lambda b, errors='strict': 42, name=name)
    if name == 'rt_short':
        return codecs.CodecInfo(lambda s, errors='strict': (), lambda b, errors='strict': ('a',), name=name)
    if name == 'rt_wrong':
        return codecs.CodecInfo(lambda s, errors='strict': ('x', 1), lambda b, errors='strict': (b'x', 1), name=name)
    if name == 'rt_ok':
        return codecs.CodecInfo(lambda s, errors='strict': (b'<' + s.encode() + b'>', len(s)),
                                lambda b, errors='strict': ('[' + bytes(b).decode() + ']', len(b)), name=name)
    if name == 'rt_bad_info':
        return 42
    return None
codecs.register(search)
for n in ['rt_int', 'rt_short', 'rt_wrong', 'rt_ok', 'rt_bad_info', 'rt_missing']:
    for f in [lambda: 'abc'.encode(n), lambda: b'abc'.decode(n), lambda: str(b'abc', n),
              lambda: bytes('abc', n), lambda: bytearray('abc', n)]:
        try:
            print(n, repr(f()))
        except Exception as e:
            print(n, type(e).__name__, e)

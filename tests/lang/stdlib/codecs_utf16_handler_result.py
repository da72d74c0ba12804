# A decoding error handler's result for the UTF-16/32 codecs must be a (str, int) tuple
# with an index in range; anything else is CPython's TypeError/IndexError
import codecs
hs = {
    'notuple': lambda e: 'x',
    'short': lambda e: ('x',),
    'three': lambda e: ('x', e.end, 1),
    'bytes': lambda e: (b'x', e.end),
    'badend': lambda e: ('x', 'a'),
    'float': lambda e: ('x', 1.0),
    'big': lambda e: ('B', 100),
    'list': lambda e: ['x', e.end],
    'ok': lambda e: ('<%d-%d>' % (e.start, e.end), e.end),
    'skip': lambda e: ('S', e.end + 2),
}
for n, f in hs.items():
    codecs.register_error('t_' + n, f)
    for enc, data in [('utf-16', b'\xff\xfea\x00\x00\xdcb\x00c\x00d\x00'),
                      ('utf-32', b'\xff\xfe\x00\x00a\x00\x00\x00\x00\x00\x11\x00b\x00\x00\x00')]:
        try:
            print(n, enc, ascii(data.decode(enc, 't_' + n)))
        except Exception as e:
            print(n, enc, type(e).__name__, e)

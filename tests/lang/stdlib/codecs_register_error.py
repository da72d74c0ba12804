# Error handlers registered with codecs.register_error, for the built-in codecs (utf-8,
# ascii, latin-1: str.encode/bytes.decode) and the table and escape codecs: hostile results
# (out of range, wrong types, negative positions, bytes for a decoder, unencodable
# replacements) and what the handler is given (start, end, reason).
import codecs
results = [('X', 100), 'X', (5, 1), ('X', -100), ('X', -1), (b'?', 8), ('Z', 3.0), None,
           lambda e: ('\udcff', e.end), lambda e: ('\xe9', e.end), lambda e: (b'\xff\x00', e.end),
           lambda e: ('<%d:%d:%s>' % (e.start, e.end, e.reason), e.end), lambda e: ('', e.end + 1 if e.end < len(e.object) else e.end)]
n = 0
for r in results:
    n += 1
    name = 'h%d' % n
    def h(exc, r=r):
        return r(exc) if callable(r) else r
    codecs.register_error(name, h)
    for enc in ['cp1252', 'latin1', 'ascii', 'unicode_escape', 'raw_unicode_escape', 'utf-8', 'cp437']:
        for op in ['enc', 'dec']:
            try:
                if op == 'enc':
                    if enc in ('unicode_escape', 'raw_unicode_escape', 'utf-8'):
                        continue
                    out = 'ab\u20ac\u0100cd\U0001f600e'.encode(enc, name)
                else:
                    data = {'ascii': b'ab\xffcd', 'utf-8': b'ab\xffcd',
                            'unicode_escape': b'ab\\x4cd\\x', 'raw_unicode_escape': b'ab\\u12cd',
                            }.get(enc, b'ab\x81\x8dcd')
                    if enc in ('latin1',):
                        continue
                    out = data.decode(enc, name)
                print(name, 'fn' if callable(r) else repr(r), enc, op, repr(out))
            except Exception as e:
                print(name, 'fn' if callable(r) else repr(r), enc, op, type(e).__name__, e)

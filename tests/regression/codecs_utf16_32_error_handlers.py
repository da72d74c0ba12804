# utf-16/utf-32 (codecs.py fallback) dropped bad input silently for error handlers other than strict/replace/ignore (backslashreplace gave '', an unknown handler was ignored) and raised for backslashreplace/xmlcharrefreplace on encode; the decoder's bad-return message differed.
import codecs

for data in (b'\xff\xfeA\x00\x00\xd8', b'A\x00\x00\xdcB\x00', b'\xff\xfe\x00\x00\x00\x00\x11\x00'):
    for enc in ('utf-16-le', 'utf-32-le'):
        for err in ('replace', 'ignore', 'backslashreplace'):
            try:
                print(enc, err, ascii(data.decode(enc, err)))
            except Exception as e:
                print(enc, err, type(e).__name__, e)
codecs.register_error('custom', lambda e: ('<%d:%d>' % (e.start, e.end), e.end))
print(ascii(b'A\x00\x00\xdcB\x00'.decode('utf-16-le', 'custom')))
for enc in ('utf-16-le', 'utf-16-be', 'utf-32-be'):
    for err in ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass'):
        try:
            print(enc, err, 'a\ud800b'.encode(enc, err))
        except Exception as e:
            print(enc, err, type(e).__name__, e)


def search(name):
    if name == 'badret':
        return codecs.CodecInfo(lambda s, e='strict': 5, lambda b, e='strict': ('x', 1, 2), name='badret')


codecs.register(search)
for f in (lambda: 'x'.encode('badret'), lambda: b'x'.decode('badret')):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
for enc in ('utf-16-le', 'utf-32-be'):
    print(enc, 'a\ud800b'.encode(enc, 'custom'))

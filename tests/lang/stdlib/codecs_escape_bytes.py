# codecs.escape_decode/escape_encode (CPython's _codecs functions for bytes-literal
# escapes, used by pickle's protocol 0 STRING) did not exist; pickle had its own decoder,
# which did not warn for an invalid escape as 3.11 does.
import codecs, warnings
def attempt(fn):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            r = fn()
        return ascii(r) + ''.join(' [%s %s]' % (x.category.__name__, x.message) for x in w)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
for data in (b'', b'abc', b'[\\\n]', b'\\"\\\'\\\\\\a\\b\\t\\n\\v\\f\\r', b'\\7\\78\\41\\418\\101\\1010\\x41\\x410',
             b'\\q\\8\\9\\\xfa', b'\\777\\400', b'\\x', b'[\\x]', b'\\x0', b'[\\x0]', b'\\', b'a\\', b'\\xgg',
             b'\\x\\z', b'\\x\\501', 'caf\xe9\\n', bytearray(b'\\t'), memoryview(b'\\x41')):
    shown = ascii(bytes(data)) if isinstance(data, memoryview) else ascii(data)
    for errors in (None, 'strict', 'ignore', 'replace', 'bogus'):
        print(shown, errors, attempt(lambda: codecs.escape_decode(data, errors)))
print(attempt(lambda: codecs.escape_decode(42)))
for data in (b'', b'foobar', b'spam\0eggs', b"a'b", b'b\\c', b'c\nd', b'd\re', b'f\x7fg', b'"\t\xff\x80 ~', 'spam', bytearray(b'x')):
    print(ascii(data), attempt(lambda: codecs.escape_encode(data)))
import pickle
for s in (b"S'a\\\\b\\x41\\n'\np0\n.", b"S'caf\\xc3\\xa9'\np0\n.", b"S'\\q'\np0\n.", b"S'\\x4'\np0\n."):
    print(s, attempt(lambda: pickle.loads(s)), attempt(lambda: pickle.loads(s, encoding='bytes')))

# codecs' module-level API as CPython 3.11's: __all__ (missing) and every name in it,
# BOM32/BOM64, make_identity_dict/make_encoding_map, the 'undefined' codec, lookup()'s
# name normalization as search functions see it, type errors of the _codecs functions
# for an int/str/None argument (decoders took bytes(42): 42 zero bytes), and charmap
# mapping values out of range or of a wrong type, readbuffer_encode (missing).
import codecs
import encodings.aliases


def attempt(fn):
    try:
        return ascii(fn())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


print(sorted(codecs.__all__))
print([n for n in codecs.__all__ if not hasattr(codecs, n)])
print(codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2, 4: 5, 6: 7}))
for fn in (lambda: codecs.encode('abc', 'undefined'), lambda: codecs.decode(b'abc', 'undefined'),
           lambda: codecs.getincrementalencoder('undefined')().encode('a'),
           lambda: codecs.getincrementaldecoder('undefined')().decode(b'a'),
           lambda: codecs.lookup('undefined').name):
    print(attempt(fn))

seen = []


def search(name):
    seen.append(name)
    return (1, 2, 3, 4) if name == 'aaa_8' else None


codecs.register(search)
for name in ('aaa_8', 'AAA-8', 'AAA---8', 'AAA   8', 'aaa\xe9\u20ac-8', 'AAA.8', 'BBB.8', 'a\xe9\u20ac-8',
             ' x ', '-x-', 'X.-Y', 'UTF---8', ' Latin 1 ', 'utf_8', 'U.T.F-8'):
    print(ascii(name), attempt(lambda: getattr(codecs.lookup(name), 'name', codecs.lookup(name))))
print(ascii(seen))
codecs.unregister(search)

# (left out: the CJK codecs and bz2_codec, which safepy does not have)
LACKING = {'big5', 'big5hkscs', 'bz2_codec', 'cp932', 'cp949', 'cp950', 'euc_jis_2004',
           'euc_jisx0213', 'euc_jp', 'euc_kr', 'gb18030', 'gb2312', 'gbk', 'hz', 'johab',
           'shift_jis', 'shift_jis_2004', 'shift_jisx0213'}
names = sorted(set(encodings.aliases.aliases.values()) | {'utf_7', 'undefined'})
for n in names:
    if n in LACKING or n.startswith('iso2022'):
        continue
    res = []
    for arg in (42, None, 'abc'):
        res.append(attempt(lambda: codecs.getdecoder(n)(arg))[:60])
    res.append(attempt(lambda: codecs.getencoder(n)(42))[:60])
    print(n, ' | '.join(res))
for fn in ('utf_8_encode', 'ascii_encode', 'latin_1_encode', 'utf_16_encode', 'utf_32_le_encode',
           'charmap_encode', 'utf_7_encode', 'utf_8_decode', 'utf_16_be_decode', 'charmap_decode',
           'utf_7_decode', 'ascii_decode', 'latin_1_decode'):
    f = getattr(codecs, fn)
    print(fn, attempt(lambda: f(b'x' if 'encode' in fn else 'x')), attempt(lambda: f(bytearray(b'ab') if 'decode' in fn else 'ab')))
for m in ({0: 0x110000}, {0: -1}, {0: 1.5}, {0: 0xFFFE}, {0: '\ufffe'}, {0: 'ab'}, {0: ''}, {0: None}, 'x', ''):
    print(ascii(m), attempt(lambda: codecs.charmap_decode(b'\x00\x00', 'replace', m)))
import array
for arg in (b'spam', '', 'caf\xe9', bytearray(b'x'), array.array('b', b'spam'), memoryview(b'ab'), 42, None):
    print(attempt(lambda: codecs.readbuffer_encode(arg)), attempt(lambda: codecs.readbuffer_encode(arg, 'strict')))
print(attempt(lambda: codecs.readbuffer_encode()).split(':')[0])   # (messages differ: C vs Python)

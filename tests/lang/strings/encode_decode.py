# str.encode / bytes.decode with utf-8, ascii, latin-1 (and aliases) and every error
# handler; UnicodeDecodeError/UnicodeEncodeError messages and attributes.
def t(f):
    try:
        r = f()
    except UnicodeError as e:
        print(type(e).__name__, e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

for s in ['abc', 'caf\xe9', '\u20ac10', '\U0001f600', 'a\xe9\u20ac\U0001f600z']:
    t(lambda: s.encode())
    t(lambda: s.encode('utf-8').decode('utf-8') == s)
    t(lambda: s.encode('ascii'))
    t(lambda: s.encode('latin-1'))
    for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        t(lambda: (s.encode('ascii', h), s.encode('latin-1', errors=h)))
for enc in ['utf8', 'UTF-8', 'u8', 'utf_8', 'Latin1', 'iso-8859-1', 'ISO8859-1', 'l1', 'ascii', 'US-ASCII', '646', 'latin']:
    t(lambda: ('\xe9'.encode(enc, 'replace'), b'\xc3\xa9'.decode(enc, 'replace')))
t(lambda: 'a'.encode('foo'))
t(lambda: b'a'.decode('foo'))
t(lambda: 'a'.encode(1))
t(lambda: 'a'.encode('utf8', 1))
t(lambda: 'a'.encode(encoding='ascii', errors='strict'))
t(lambda: 'a'.encode('ascii', 'strict', 1))
t(lambda: 'a'.encode(x=1))
t(lambda: 'abc'.encode(errors='bogus'))
t(lambda: '\xe9'.encode('ascii', 'bogus'))
t(lambda: 'a\xe9\u20acb\xe8'.encode('ascii'))
t(lambda: '\u20ac\u20ac\u20ac'.encode('latin-1'))
t(lambda: 'a\U0001f600'.encode('latin-1'))
t(lambda: '\ud800'.encode())
t(lambda: 'a\ud800\udc00b'.encode('utf-8'))
t(lambda: '\ud800a'.encode('utf-8', 'replace'))
t(lambda: '\ud800a'.encode('utf-8', 'ignore'))
t(lambda: '\ud800a'.encode('utf-8', 'backslashreplace'))
t(lambda: '\ud800'.encode('utf-8', 'surrogatepass'))
t(lambda: '\udcff\udc80a'.encode('utf-8', 'surrogateescape'))
t(lambda: '\udc41'.encode('utf-8', 'surrogateescape'))
t(lambda: '\udcffa'.encode('ascii', 'surrogateescape'))

for b in [b'\xff', b'\xe2\x82', b'\xe2\x82A', b'\xe2A', b'\xed\xa0\x80', b'\xc0\x80', b'\xf0\x9f\x98',
          b'\xf0\x9fA', b'\xf4\x90\x80\x80', b'a\xf0\x9f\x98\x80\xf0', b'\x80abc', b'ok\xce']:
    t(lambda: b.decode())
    for h in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        t(lambda: b.decode('utf-8', h))
t(lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
t(lambda: b'\xff'.decode('utf-8', 'surrogatepass'))
t(lambda: b'\xff\xfe\x80a'.decode('ascii'))
t(lambda: b'\xff\xfea'.decode('ascii', 'replace'))
t(lambda: b'\xff\xfea'.decode('ascii', 'backslashreplace'))
t(lambda: b'\xff\xe9'.decode('latin-1'))
t(lambda: b'\xff'.decode('utf-8', 'bogus'))
t(lambda: b'abc'.decode('utf-8', 'bogus'))
t(lambda: b'a'.decode(1))
t(lambda: b'a'.decode('utf-8', 1))
t(lambda: bytearray(b'caf\xc3\xa9').decode())
t(lambda: b''.decode())
t(lambda: b'abc'.decode(encoding='ascii'))
t(lambda: b'abc'.decode(errors='strict'))
t(lambda: b'abc'.decode(x=1))
t(lambda: len('\U0001f600\xe9'.encode()))
try:
    b'\xffabc'.decode()
except UnicodeDecodeError as e:
    print(e.args)
try:
    'ab\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.args)

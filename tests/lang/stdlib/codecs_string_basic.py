import codecs, _string
print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name, codecs.lookup('utf-16').name, codecs.lookup('ascii').name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16, codecs.BOM)
try: codecs.lookup('nope')
except LookupError as e: print(e)
print(codecs.encode('hé', 'utf-8'), codecs.decode(b'h\xc3\xa9'), codecs.encode('x'))
print(codecs.getencoder('utf-8')('hé'), codecs.getdecoder('latin-1')(b'\xe9'))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
    b = codecs.encode('a\xe9\u20ac\U0001F600', enc)
    print(enc, b, codecs.decode(b, enc) == 'a\xe9\u20ac\U0001F600')
print(codecs.decode(b'\xfe\xff\x00a', 'utf-16'), codecs.decode(b'\xef\xbb\xbfhi', 'utf-8-sig'), codecs.decode(b'hi', 'utf-8-sig'))
for bad, enc in [(b'a', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le')]:
    try: codecs.decode(bad, enc)
    except UnicodeDecodeError as e: print(type(e).__name__, e)
print(codecs.decode(b'\x00\xd8a\x00', 'utf-16-le', 'replace'))
print(list(_string.formatter_parser('a{0}b{x.y[1]!r:>{w}}c{{d}}e{}')))
f, rest = _string.formatter_field_name_split('x.y[1][k].z'); print(f, list(rest))
f, rest = _string.formatter_field_name_split('0.a'); print(f, list(rest))
print(list(_string.formatter_parser('abc')), list(_string.formatter_parser('{}')), list(_string.formatter_parser('}}')))
for bad in ['{', '}', '{0']:
  try: print(list(_string.formatter_parser(bad)))
  except Exception as e: print(type(e).__name__, e)
print(codecs.lookup_error('strict') is codecs.strict_errors)
try: codecs.lookup_error('zzz')
except LookupError as e: print(e)
s = 'a\xe9\u20ac\U0001F600'
for e in ['utf-16', 'utf-32-be', 'utf-8-sig', 'UTF-16LE', 'utf_32']:
    b = s.encode(e)
    print(e, b, b.decode(e) == s, str(b, e) == s)
for bad in ['zzz', 'utf-7x']:
    try:
        'x'.encode(bad)
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        b'x'.decode(bad)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    b'\x00\xd8'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end)
import string
print(string.Formatter().format('{0:>5}|{name!r}', 7, name='x'))

s = 'naïve café ß ﬁ Σίσυφος'
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize())
print(len(s), s[::-1], s.encode('utf-8')[:12], len(s.encode('utf-16-le')), s.encode('latin-1', 'ignore'))
print(f'{s:>30}|', f'{s:^30.5}|', s.center(26, '·'), s.ljust(25, '-'), repr(s), ascii(s))
print('ΣΑΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'İstanbul'.lower(), 'ﬀ'.upper(), 'ŉ'.upper(), 'ǰ'.upper())
print('\u0130'.lower().encode('unicode_escape'), 'a\u0301'.encode('utf-8'), len('a\u0301'), '🐍'.encode('utf-16'), len('🐍'), ord('🐍'), chr(128013))
import unicodedata
print(unicodedata.name('é'), unicodedata.category('é'), unicodedata.normalize('NFD', 'é').encode('utf-8'), unicodedata.normalize('NFC', 'e\u0301'), unicodedata.lookup('SNAKE'), unicodedata.numeric('½'), unicodedata.decimal('٣'), unicodedata.east_asian_width('中'), unicodedata.combining('\u0301'), unicodedata.mirrored('('), unicodedata.bidirectional('a'))
print('١٢٣'.isdigit(), int('١٢٣'), float('١.٥'), '٣'.isdecimal(), 'Ⅳ'.isnumeric(), 'ⅳ'.isalpha(), 'ǅ'.istitle(), '\u00a0'.isspace(), '\x1c'.isspace(), 'a\u2028b'.splitlines())
print(str(b'\xc3\xa9', 'utf-8'), b'\xc3\xa9'.decode(), bytes('é', 'utf-8'), 'é'.encode('cp1252'), b'\xe9'.decode('cp1252'), 'ü'.encode('utf-8', 'strict').hex())
print(sorted(['b', 'A', 'é', 'a', 'E', 'Z']), max('aé'), 'é' > 'z', '\u00e9' == 'e\u0301', 'straße'.casefold() == 'STRASSE'.casefold())
print('%-6s|%6s|' % ('é', 'ü'), '{:*^7}'.format('中文'), 'x'.join('中文'), '中文'.split('文'), '中' in '中文', '中文'.find('文'), '中文'.encode('gbk') if False else '')
for enc in ['utf-8', 'utf-16', 'utf-32', 'latin-1', 'ascii', 'cp437', 'utf-8-sig']:
    try:
        print(enc, 'Aé'.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'\xff\xfea\x00'.decode('utf-16'), 'abc'.encode('rot13') if False else __import__('codecs').encode('abc', 'rot13'))
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\x80abc'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.object, e.start, e.end)
print(b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'), b'\xff'.decode('latin-1'), 'x\udcff'.encode('utf-8', 'surrogateescape'))

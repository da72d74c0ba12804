import unicodedata
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
s = "naïve café 日本語 😀"
t(lambda: len(s)); t(lambda: s[6:10]); t(lambda: s[-1]); t(lambda: s.encode('utf-8')); t(lambda: len(s.encode('utf-16-le'))); t(lambda: s.encode('utf-32')[:8])
t(lambda: [unicodedata.name(c) for c in "a😀日"]); t(lambda: unicodedata.lookup('SNOWMAN')); t(lambda: unicodedata.category('A')); t(lambda: unicodedata.numeric('½')); t(lambda: unicodedata.decimal('٣'))
t(lambda: unicodedata.normalize('NFD', 'é')); t(lambda: unicodedata.normalize('NFC', 'e\u0301')); t(lambda: unicodedata.normalize('NFKC', 'ﬁ²')); t(lambda: unicodedata.combining('\u0301')); t(lambda: unicodedata.east_asian_width('日'))
t(lambda: unicodedata.bidirectional('a')); t(lambda: unicodedata.mirrored('(')); t(lambda: unicodedata.unidata_version); t(lambda: unicodedata.name('\x00')); t(lambda: unicodedata.name('\x00', 'none'))
t(lambda: "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}"); t(lambda: "\u00e9" == "é"); t(lambda: "\U0001F600"); t(lambda: '\x41\101\u0041')
t(lambda: sorted(['b', 'A', 'a', 'é', 'Z'])); t(lambda: 'straße'.upper().lower()); t(lambda: 'ǈ'.upper() + 'ǈ'.lower() + 'ǈ'.title()); t(lambda: 'ﬀ'.upper()); t(lambda: 'ŉ'.upper())
t(lambda: 'İstanbul'.lower()); t(lambda: len('İ'.lower())); t(lambda: 'ΣΑΣ'.lower()); t(lambda: 'Ꭰ'.lower()); t(lambda: 'ꭰ'.upper())
t(lambda: '日本'.center(6, '*')); t(lambda: f"{'日本':>5}|"); t(lambda: '%-4s|' % '日'); t(lambda: '\t\u3000\xa0 '.isspace()); t(lambda: '\u2028'.splitlines()); t(lambda: 'a\u0085b'.splitlines())
t(lambda: 'Ⅻ'.isnumeric()); t(lambda: 'Ⅻ'.isdigit()); t(lambda: '𝟘'.isdecimal()); t(lambda: int('𝟘𝟙')); t(lambda: float('١.٥')); t(lambda: '߀'.isdigit())
t(lambda: 'ǅ'.istitle()); t(lambda: 'ß'.isupper()); t(lambda: 'ß'.islower()); t(lambda: 'ᾼ'.lower()); t(lambda: 'ᾳ'.upper()); t(lambda: 'ᾳ'.title())
t(lambda: ascii('日本\U0001f600')); t(lambda: repr('\u0378')); t(lambda: repr('\U000e0001')); t(lambda: repr('\ufeff')); t(lambda: repr('\xad')); t(lambda: repr('\u00a0'))
t(lambda: 'éa'.encode('cp1252')); t(lambda: b'\x80'.decode('cp1252')); t(lambda: 'Ā'.encode('cp1252')); t(lambda: 'abc'.encode('utf-8-sig')); t(lambda: b'\xef\xbb\xbfabc'.decode('utf-8-sig')); t(lambda: 'é'.encode('idna') if False else 'x')
t(lambda: 'é'.encode('unicode_escape')); t(lambda: b'\\u00e9\\n'.decode('unicode_escape')); t(lambda: 'a\n'.encode('raw_unicode_escape')); t(lambda: '日'.encode('raw_unicode_escape'))
t(lambda: b'\xff\xfe'.decode('utf-8', 'backslashreplace')); t(lambda: '\udcff'.encode('utf-8', 'surrogateescape')); t(lambda: '\ud800'.encode('utf-8', 'surrogatepass')); t(lambda: 'é'.encode('ascii', 'namereplace')); t(lambda: 'é'.encode('ascii', 'backslashreplace'))
t(lambda: str.casefold('ǅ')); t(lambda: 'ﬃ'.casefold()); t(lambda: 'Straße'.casefold() == 'STRASSE'.casefold())
t(lambda: max('abc😀')); t(lambda: ord(max('abc😀'))); t(lambda: chr(0xd800)); t(lambda: len(chr(0xd800).encode('utf-8', 'surrogatepass')))
t(lambda: 'a' 'b' == 'ab'); t(lambda: 'x'.join(['日', '本'])); t(lambda: '日本語'.find('語')); t(lambda: '日本語'.index('本')); t(lambda: '😀😀'.count('😀')); t(lambda: '😀a😀'.split('a')); t(lambda: '😀'.zfill(3))
t(lambda: 'ａｂｃ'.upper()); t(lambda: '①'.isdigit()); t(lambda: '①'.isdecimal()); t(lambda: int('①') if False else 'skip'); t(lambda: 'Ǳ'.swapcase()); t(lambda: 'ǲ'.swapcase())

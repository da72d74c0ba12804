import unicodedata
s = 'Crème Brûlée – naïve café ﬁne ÅΩ'
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase())
print(unicodedata.normalize('NFD', 'é') == 'e\u0301', len(unicodedata.normalize('NFKD', 'ﬁ')), unicodedata.normalize('NFC', 'e\u0301'))
print(''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)))
for c in 'aÅ1½ \u2013€\u0301':
    print(repr(c), unicodedata.name(c, '?'), unicodedata.category(c), unicodedata.numeric(c, None), unicodedata.bidirectional(c), unicodedata.east_asian_width(c))
print(unicodedata.lookup('SNOWMAN'), unicodedata.decimal('٣'), unicodedata.digit('²'), unicodedata.unidata_version)
try:
    unicodedata.lookup('NO SUCH THING')
except KeyError as e:
    print('KeyError', e)
try:
    unicodedata.name('\x00')
except ValueError as e:
    print('ValueError', e)
print('ǅ'.istitle(), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()), 'ﬀ'.upper(), 'Σ'.lower(), 'ΑΣ'.lower())
print('١٢٣'.isdigit(), '١٢٣'.isdecimal(), int('١٢٣'), '½'.isnumeric(), '²'.isdigit(), float('٣.٥'), 'x²'.isalnum(), '\u00a0'.isspace(), 'a\u200bb'.isprintable())
print('straße'.center(11, '·'), 'abc'.ljust(5, '→') + '|', '{:^9}'.format('日本'), len('日本語'), '日本語'[::-1], 'e\u0301'[::-1] == '\u0301e')
print(sorted(['éclair', 'eclair', 'Eclair', 'zebra', 'Zebra']), sorted(['éclair', 'eclair', 'zebra'], key=lambda w: unicodedata.normalize('NFD', w)))
print('a\tb\nc\r\nd\x0be\x1cf'.splitlines(), 'one\u2028two'.splitlines(), 'x'.join('日本'), ord('€'), chr(0x1F600), '\N{GREEK SMALL LETTER ALPHA}')
print(ascii('café ☃ \U0001f600'), repr('\x07\u200b'), 'Ünïcödé'.encode('ascii', 'ignore'), str(b'caf\xc3\xa9', 'utf-8'), 'abc'.encode('utf-32-be'))
print('Hello World'.translate({ord('o'): '0', ord('l'): None}), str.maketrans('ab', 'xy'), 'tEST cASE'.capitalize(), 'hello'.zfill(8), '-42'.zfill(6))

# unicodedata.ucd_3_2_0 (was missing: IDNA/stringprep's Unicode 3.2.0 database): property
# lookups that differ from the current database, names of characters 3.2.0 lacked,
# normalization that leaves those characters alone, and the idna codec using it
import unicodedata as u
db = u.ucd_3_2_0
print(type(db).__name__, type(db) is u.UCD, db.unidata_version)
for ch in ('\u0f3a', '\u0221', '\u077f', '\u231a', '\U00010d01', '\u2164', '\u00b2', '\u1f600'[:1], 'A', '\u0300'):
    print(ascii(ch), db.category(ch), db.bidirectional(ch), db.east_asian_width(ch), db.mirrored(ch),
          db.combining(ch), db.decomposition(ch), db.decimal(ch, None), db.digit(ch, None),
          db.numeric(ch, None), db.name(ch, None))
for name in ('LATIN SMALL LETTER A', 'HANGUL SYLLABLE GA', 'LATIN SMALL LETTER D WITH CURL', 'BYTE ORDER MARK'):
    try:
        print(name, ascii(db.lookup(name)))
    except KeyError as e:
        print('KeyError', e)
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for s in ('e\u0301\u0327', '\u1100\u1176\u11a7', '\uac00\u11a8', '\U0002f868x', '\ufb01', '\u00c5\u212b',
              'N\u035e\u032e', '\u1b06'):
        print(form, ascii(s), ascii(db.normalize(form, s)), db.is_normalized(form, s))
try:
    db.digit('x')
except ValueError as e:
    print(e)
try:
    db.normalize('NFX', 'a')
except ValueError as e:
    print(e)
print('bücher.example'.encode('idna'), b'xn--bcher-kva.example'.decode('idna'))
import stringprep
print(stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00c5'))

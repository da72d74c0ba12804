import unicodedata as u
print(u.unidata_version)
for c in ['a', 'A', '1', '\u00bd', '\u0301', '\u05d0', ' ', '\u2028', '\uff21', '\u00e9', '\uac00', '\U0001F600', '\u0660', '\u00b2', '(', '\ufb01', '\u2460', '\U00020000', '\x00', '\ue000', '\U0010FFFF']:
    print(ascii(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c), u.mirrored(c), repr(u.decomposition(c)), u.name(c, None), u.decimal(c, -1), u.digit(c, -1), u.numeric(c, -1))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['abc', 'e\u0301', '\u00e9', '\ufb01', '\uac00\u11a8', '\u1100\u1161\u11a8', 'a\u0323\u0307', 'a\u0307\u0323', '\u2460x\u00bd', '\u1e9b\u0323', 'A\u030a', '\u212b', '\u0958', '\u0f73']:
        r = u.normalize(form, s)
        print(form, ascii(s), ascii(r), u.is_normalized(form, s))
print(u.lookup('LATIN SMALL LETTER E WITH ACUTE'), u.lookup(b'SNOWMAN'))
for f in [lambda: u.category('ab'), lambda: u.category(1), lambda: u.name('\x00'), lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'), lambda: u.normalize('X','a'), lambda: u.normalize('NFC', 1), lambda: u.lookup('x'*300), lambda: u.lookup('NOT A NAME'), lambda: u.lookup(1), lambda: u.name(), lambda: u.category(''), lambda: u.name('a', 1, 2), lambda: u.is_normalized('NFX','a'), lambda: u.decimal('a', None), lambda: u.category(s='a'), lambda: u.category()]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

import unicodedata as u
n_named = 0
bad = []
lines = []
for cp in range(0, 0x110000, 89):
    c = chr(cp)
    n = u.name(c, None)
    if n is None:
        continue
    n_named += 1
    if u.lookup(n) != c or (not n.startswith(('HANGUL SYLLABLE', 'CJK UNIFIED')) and u.lookup(n.lower()) != c):
        bad.append(cp)
    if cp % 7 == 0:
        lines.append('%X %s' % (cp, n))
print(n_named, bad)
print('\n'.join(lines))
for name in ['HANGUL SYLLABLE GAG', 'hangul syllable gag', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00',
             'CJK UNIFIED IDEOGRAPH-4e00', 'CJK COMPATIBILITY IDEOGRAPH-f900', 'TANGUT IDEOGRAPH-17000',
             'NUSHU CHARACTER-1B170', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'LATIN  SMALL LETTER A',
             ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A ', '', 'x' * 256, 'x' * 257]:
    try:
        print(ascii(u.lookup(name)))
    except KeyError as e:
        print('KeyError', str(e)[:60])

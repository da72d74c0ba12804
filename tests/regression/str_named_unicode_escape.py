# \N{...} escapes in str literals raised "unknown Unicode character name": no name database.
print(ascii('\N{LATIN SMALL LETTER A}\N{latin capital letter b}\N{EM DASH}'))
print(ascii('\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE I}\N{CJK UNIFIED IDEOGRAPH-4E00}'))
print(ascii('\N{CJK UNIFIED IDEOGRAPH-20000}\N{NUSHU CHARACTER-1b170}\N{SNOWMAN}'))
print(ascii(f'\N{DIGIT ONE}{2}\N{DIGIT THREE}'), ascii(b'\N{X}'), ascii(r'\N{X}'))
print(ascii('\N{TIBETAN MARK BKA- SHOG YIG MGO}\N{ZERO WIDTH SPACE}'))
for src in ["'\\N{}'", "'\\N{NOPE}'", "'\\N'", "'\\N{LATIN'", "'ab\\N{hangul syllable gag}'",
            "'\\N{CJK UNIFIED IDEOGRAPH-4e00}'", "'\\N{LATIN SMALL LETTER A }'"]:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

# lower/upper/casefold/swapcase/capitalize/title with full Unicode mappings and the
# final-sigma rule.
samples = ['hello World', 'HELLO', '', '123 abc', 'stra\xdfe', '\u0130stanbul', 'ma\xdf',
           '\u03a3\u0391\u03a3', 'o\u03a3 \u03a3a \u03a3', 'a\u03a3.', '\u03a3', 'a\u03a3\u0301b',
           '\u01c4\u01c5\u01c6', '\ufb01nance', '\u1f80', "they're bill's", 'hello_world-foo bar',
           '\u0149', 'A\u0345\u03a3', '\U00010428\U00010400', '\u2160\u2170', 'ǉubljana']
for s in samples:
    print(ascii(s), ascii(s.lower()), ascii(s.upper()), ascii(s.casefold()))
    print('   ', ascii(s.swapcase()), ascii(s.capitalize()), ascii(s.title()))
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))
t(lambda: 'a'.upper(1))
t(lambda: 'a'.lower(x=1))
t(lambda: str.upper(1))
print('ABC'.lower() == 'abc', 'x'.upper().lower())

# normalize() returns its argument itself (a str subclass instance included) when the
# quick check says it is normalized; a new str when a character may combine with the one
# before it (quick check "maybe") or when it changes.
import unicodedata as u

class S(str):
    pass

cases = ['', 'abc', '\xe9', 'e\u0301', 'x\u0301', '\u0301', '\u1100\u1161', '\uac00',
         '\uac00\u11a8', '\u1161', '\u11a8', '\u11a7', '\u0958', '\ufb01', '\u212b',
         '\uffff', '\U0010ffff', '\ud800', 'a\u0323\u0301', 'a\u0301\u0323', '\u3099',
         '\U0001d15e', '\U000110ba', '\u0b3e', '\u0cd5', '\u0f73', '\xbd']
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for c in cases:
        for s in (c, S(c)):
            r = u.normalize(form, s)
            print(form, ascii(s), ascii(r), type(r).__name__, r is s, r == s,
                  u.is_normalized(form, s))
# every code point of planes 0-2 after a starter: how many come back as the same object
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    h = n = 0
    for cp in range(0x30000):
        s = S('a' + chr(cp))
        if u.normalize(form, s) is s:
            h = (h * 31 + cp) % 1000000007
            n += 1
    print(form, n, h)

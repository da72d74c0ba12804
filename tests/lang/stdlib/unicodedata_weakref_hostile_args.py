import unicodedata as u, weakref
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: u.lookup('\u00e9\u00e9'))
t(lambda: u.lookup(b'\xff\xfe'))
t(lambda: u.lookup('LATIN SMALL LETTER \x00'))
t(lambda: u.lookup('HANGUL SYLLABLE GGGGG'))
t(lambda: u.lookup('CJK UNIFIED IDEOGRAPH-FFFFFF'))
t(lambda: u.lookup('CJK UNIFIED IDEOGRAPH-'))
t(lambda: u.normalize('NFC', '\ud800'))
t(lambda: u.normalize('NFKD', '\ufdfa' * 3))
t(lambda: len(u.normalize('NFD', '\uac00' * 1000)))
t(lambda: u.name('\ud800', 'none'))
t(lambda: u.category('\U0010ffff'))
t(lambda: u.decomposition('\uac00'))
t(lambda: weakref.ref.__new__(weakref.ref))
t(lambda: weakref.ref(len, 1)())
t(lambda: weakref.ref(len) < weakref.ref(len))
t(lambda: weakref.proxy(len)([1, 2]))

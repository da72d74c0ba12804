# str() construction, repr quoting/escaping and ascii() follow CPython exactly.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

t(lambda: str())
t(lambda: str(123))
t(lambda: str(object='x'))
t(lambda: str(b'abc', 'utf-8'))
t(lambda: str(b'caf\xc3\xa9', encoding='utf-8'))
t(lambda: str(bytearray(b'ab'), 'latin-1'))
t(lambda: str(b'\xff', 'utf-8', 'replace'))
t(lambda: str(b'\xff', 'utf-8'))
t(lambda: str(b'a', 'foo'))
t(lambda: str(1, 'utf-8'))
t(lambda: str('a', 'utf-8'))
t(lambda: str(b'a', encoding=1))
t(lambda: str(b'a', errors=1))
t(lambda: str(x=1))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(encoding='utf-8'))
t(lambda: str([1, 'a']))

for s in ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\there',
          'nl\nret\r', '\x00\x07\x1f\x7f', '\x80\x9f\xa0', 'caf\xe9', '\u20ac', '\u2028',
          '\ud800', '\U0001f600', '\U000e0001', '\u0378', 'ï¿½']:
    print(repr(s), ascii(s), len(repr(s)))

class S(str):
    pass

s = S('sub')
print(type(s).__name__, repr(s), str(s), type(str(s)).__name__, s == 'sub')
print(repr(S()), type(S(b'x', 'ascii')).__name__)
print(str(s) is not s, type(s + 'x').__name__, type(s * 2).__name__)

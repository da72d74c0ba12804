# repr keeps printable non-ASCII; ascii() escapes it.
for s in ['café', '日本', '😀', 'tab\t', '\u00a0', '\u2028', 'ŧ']:
    print(repr(s), ascii(s))
print(ascii(['é', 1]), ascii('plain'))
print(repr('\x1b[0m'), ascii('\U0001f600'))
print(str('ñ'), len(repr('ñ')))
print(repr('é'.encode()), repr(b'\xc3\xa9'.decode()))
d = {'clé': 'valeur', 'キー': '値'}
print(d)
print(ascii(d))
print(f'{"ü"!r} {"ü"!a}')

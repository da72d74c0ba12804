# The is* methods on ASCII, Unicode and empty strings.
samples = ['', 'abc', 'ABC', 'Abc', 'aBc', '123', '\u0663\u0664', '\xb2', '\xbd', '\u2167',
           'abc123', 'abc 123', ' \t\n', '\x1c\x1f', '\xa0\u3000', '\u200b', 'Hello World',
           'Hello world', 'HELLO WORLD', '\u01c5ungla', 'Ab Cd', 'A1 B2', "It's", '_id', 'id_1',
           '1id', 'caf\xe9', '\u0394\u03b5\u03bb\u03c4\u03b1', 'a-b', 'def', 'x\x7f', '\u2028',
           '\xe9\xe8', '\U0001d7d8', '\U0001f600', '\u00aa', '\u02b0', 'nonascii\u00e9', 'ascii']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
         'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
for s in samples:
    print(ascii(s), ''.join('1' if getattr(s, n)() else '0' for n in names))
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))
t(lambda: 'a'.isalpha(1))
t(lambda: 'a'.isspace(k=2))
t(lambda: 'a'.isidentifier(None))

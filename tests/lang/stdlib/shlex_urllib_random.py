import shlex
from urllib.parse import urljoin, urlsplit, quote, unquote
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
chars = 'ab \t"\'\\#;|&()<>=-*\n'
for trial in range(150):
    s = ''.join(chars[rnd(len(chars))] for _ in range(rnd(14)))
    for kw in ({}, {'comments': True}, {'posix': False}):
        try:
            r = shlex.split(s, **kw)
        except ValueError as e:
            r = 'ValueError: %s' % e
        print(repr(s), kw, r)
    lex = shlex.shlex(s, punctuation_chars=True)
    try:
        print(list(lex))
    except ValueError as e:
        print('ValueError', e)
uchars = 'ab/.:?#;=@%2F'
for trial in range(150):
    u = ''.join(uchars[rnd(len(uchars))] for _ in range(rnd(12)))
    base = ['http://h/a/b;p?q#f', 'https://u@h:1/x/', 'ftp://h', 'file:///a/b/c'][rnd(4)]
    try:
        print(repr(u), urljoin(base, u), urlsplit(u), quote(u), unquote(u))
    except ValueError as e:
        print('ValueError', e)

import re
pats = ['a{3,2}', 'a{4294967296}', 'a{4294967295}', 'a**', '*', 'a|*', '(?<=a+)b', '[z-a]',
        '[\\d-z]', '[a-\\d]', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '\\9', '(a\\1)',
        '(?Px)', '(?<x)', '(?z)', '(?i', '(?-)', '(?i-i:a)', '(?-a:a)', '(?u)', '(?au:x)',
        'a(?i)b', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(2)a)(b)', '\\x4', '\\777',
        '\\u12', '\\U00110000', '\\N{foo}', '\\N', '[a', 'a)', '(?#abc', '(?P<a', '(?P<>a)',
        '\\', 'a{,3}x', 'x{2}{3}', 'x{2}*', '(?<=a|bc)', '\\b*', '^*', '(?=a)*', '(?i:a',
        'a{1,2', 'a{1,x}', '[]', '[]a]', '[^]a]', 'a{2,1}?', '(?x) a # c\n b', '(',
        '(?', '(?P', '(?<', '(?P<a>', 'ab\n(?x', '(?x:a', '(?L)', '(?i)(?m)a', '(?q)',
        '(?i-:a)', '(?-q:a)', '(?-1:a)', '(?i', '(?im', '(?i-m', '(?i-m)', '\\q', '[\\q]',
        '[\\A]', '\\8', '(a)\\2', '(?P<a-b>x)', '(?P=1)', '(?(a-b)x)', '(?(-1)x)', '(?>a',
        'a++*', 'a*??', 'a{1}{2}', '\\08', '\\0777', '[\\777]', '\\x', '\\u', '\\U1234',
        'a{1,2}{3}', '()\\1', '(?P<n>a)(?P=n)', '(a)(?<=\\1)', '(?<!a{1,2})', '(?<=a{2})',
        '(?<=(?P<x>a))', '(?<=(a)|b)', '(?<=a(?=b+))', '\\N{', '\\N{LATIN SMALL LETTER A',
        '(?a:\\w)(?u:x)', '(?-i)', '(?x)  #x', '(?t)',
        '((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups, r.flags)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
bpats = [b'\\u1234', b'\\N{x}', b'(?u)a', b'(?L)a', b'(?a)a', b'(?aL)a', b'[\\x80-\\xff]', b'\\xff']
for p in bpats:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups, r.flags)
    except re.error as e:
        print(repr(p), 'error:', e)
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), ('a', re.A)]:
    try:
        print(re.compile(p, f))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
try:
    re.compile(3)
except TypeError as e:
    print(e)

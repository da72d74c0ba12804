# split/rsplit (whitespace and separator, maxsplit), splitlines, partition, join.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

for s in ['  a b\tc\n d  ', 'a,b,,c,', ',', '', '   ', 'one', 'a\xa0b\u3000c\x1cd', 'x\u2028y']:
    print(repr(s))
    print('  ', s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
    print('  ', s.split(','), s.rsplit(','), s.split(',', 1), s.rsplit(',', 1), s.split(sep=',', maxsplit=2))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'aaa'.split('a'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
print('h\xe9\u20acl\u20aclo'.split('\u20ac'), '\U0001f600x\U0001f600'.rsplit('x'))
t(lambda: 'abc'.split(''))
t(lambda: 'abc'.rsplit(''))
t(lambda: 'abc'.split(1))
t(lambda: 'abc'.split(None, 'a'))
t(lambda: 'abc'.split(None, 2**70))
t(lambda: 'abc'.split(',', sep=','))
t(lambda: 'abc'.split(x=1))
t(lambda: 'abc'.split(1, 2, 3))
t(lambda: 'a b c'.split(maxsplit=-1))
t(lambda: 'a b c'.rsplit(None, -5))

for s in ['a\nb\r\nc\rd', 'a\n\nb\n', '', '\n', 'x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r', 'no newline', 'a\r\n\r\n']:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t(lambda: 'a'.splitlines(1.5))
t(lambda: 'a'.splitlines(2**70))
t(lambda: 'a'.splitlines(keepends=1, x=1))

for s in ['key=value=x', 'novalue', '=', 'a\xe9=\u20ac']:
    print(s.partition('='), s.rpartition('='))
t(lambda: 'abc'.partition(''))
t(lambda: 'abc'.rpartition(''))
t(lambda: 'abc'.partition(1))
t(lambda: 'abc'.partition())

print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), '\xe9'.join(('1', '2')), ' '.join(iter(['p', 'q'])))
print('-'.join({'k': 1}), ','.join(x for x in 'ab'), repr(''.join([''])), '+'.join(['only']))
t(lambda: ','.join(['a', 1]))
t(lambda: ','.join([1]))
t(lambda: ','.join(1))
t(lambda: ','.join(None))
t(lambda: ','.join([b'a']))
t(lambda: str.join(','))
t(lambda: ','.join())

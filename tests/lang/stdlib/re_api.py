import re

# sub / subn
print(re.sub('a', 'b', 'aaa'), re.sub('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.subn('b*', 'X', 'abbc'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.sub(r'(?P<a>\w)', r'[\g<a>|\g<1>|\g<0>]', 'xy'))
print(re.sub('(a)|b', r'<\1>', 'ab'))
print(re.sub('a', r'\n\t\\', 'a'), repr(re.sub('a', r'\-', 'a')))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub('a', lambda m: None, 'bab') if False else '')
print(re.sub('(?i)b+', 'X', 'aBbBc'), re.sub('b', 'X', 'abcb', flags=re.I))
print(re.sub('a', 'b', 'aaa', count=-1))
for tmpl in [r'\g', r'\g<', r'\g<>', r'\g<1', r'\g<x y>', r'\g<5>', r'\5', r'\q', '\\', r'\777', r'\g<nope>']:
    try:
        print(re.sub('(a)', tmpl, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)

# split
print(re.split(',', 'a,b,,c'), re.split(',', 'a,b,c', 1), re.split('(,)', 'a,b'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\b', 'a b'))
print(re.split('(a)|b', 'xaybz'), re.split(',', ''), re.split('a', 'a'))
print(re.split(',', 'a,b', maxsplit=-1))

# findall / finditer
print(re.findall('', 'ab'), re.findall('a*', 'baac'), re.findall('(a)(b)?', 'aab'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  e')])
print([m.group() for m in re.finditer('a*', 'baa')])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span())

# escape
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q\tr\n'), re.escape('ü_x1'))
print(re.escape(b'a.b c'))

# Match API
m = re.search(r'(?P<a>\d+)-(?P<b>x)?(\d)', 'zz12-3yy')
print(m, bool(m), m.group(), m.group(0, 1, 'a', 3), m.groups(), m.groups('?'))
print(m.groupdict(), m.groupdict(0), m.start(), m.end(), m.span(), m.start('b'), m.span(2), m.end(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re, m.regs)
print(m[0], m[1], m['a'], m[2], m.expand(r'<\1|\g<a>|\3>'))
for bad in [4, -1, 'zz', 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.match('(a)(b)', 'ab').lastindex, re.match('((a)b)', 'ab').lastindex,
      re.match('(a)|(b)', 'b').lastindex, re.match('a', 'a').lastindex,
      re.match('(?P<n>a)(b)', 'ab').lastgroup)
print(repr(re.match('x' * 60, 'x' * 60)))

# Pattern API
p = re.compile(r'(?P<w>\w+)\s(?P<n>\d)?', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, p == re.compile(r'(?P<w>\w+)\s(?P<n>\d)?', re.I))
print(re.compile('a') is re.compile('a'), re.compile(p) is p, hash(p) == hash(re.compile(p.pattern, re.I)))
print(re.compile('(?i)x').flags, re.compile('x', re.A).flags, re.compile(b'x').flags)
print(re.compile('(?s)x'), re.compile('x', re.X | re.S | re.M | re.I | re.A))
print(type(p).__name__, type(m).__name__, isinstance(p, re.Pattern), isinstance(m, re.Match))

# flags
print(re.I, re.I | re.M, re.M | re.I, re.NOFLAG, ~re.I & re.S, re.A | re.X | re.S)
print(int(re.I), re.I == 2, re.IGNORECASE is re.I, repr(re.DOTALL), re.RegexFlag(8))
print(re.VERBOSE.value, re.MULTILINE.name, (re.I | re.M).name)

# purge
re.purge()
print(re.match('a', 'a').span())

# type errors
for args in [('a', 1), ('a', b'a'), (b'a', 'a'), ('a', None)]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)

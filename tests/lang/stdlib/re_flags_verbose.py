import re
print(re.findall('^a', 'a\na\na'), re.findall('^a', 'a\na\na', re.M), re.findall('a$', 'a\na\na', re.M))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall('(?s).', 'a\nb'))
print(re.findall('A', 'aA', re.I), re.findall('[A-Z]', 'aZ', re.IGNORECASE), re.findall(r'\w', 'é1_', re.ASCII))
pat = re.compile(r'''
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac> \d* ) )?   # optional fraction
    \s* \# [ ] (?P<tag>\w+)     # literal hash and space
''', re.VERBOSE)
m = pat.search('x = 12.5 # tag')
print(m.groupdict() if m else None, m.span() if m else None)
print(re.match('(?x) a  b  c', 'abc'), re.match('(?x)[a b]+', 'a b'), re.match(r'(?x)a\ b', 'a b'))
print(re.match('(?x)a # comment (not a group\nb', 'ab'), re.match('(?x: a b ) c', 'ab c'))
print(re.match('a(?x: b c )d', 'abcd'), re.match('(?x)a(?-x: b)', 'a b'), re.match('a{1, 2}', 'a{1, 2}'))
print(re.compile('(?imsx)a').flags, re.compile('(?a)x').flags, re.compile(b'(?L)x').flags)
print(re.compile('x', re.I).flags == re.I | re.U, re.compile('(?i)(?s)x').flags & re.S)
print(re.search('(?m)^b$', 'a\nb\nc').span(), re.search(r'(?m)\Ab', 'a\nb'), re.search(r'(?m)a\Z', 'a\n'))
print(re.match('(?i)[^a]', 'A'), re.match('(?i)[a-z]+', 'HeLLo').group(), re.match(r'(?i)\x41', 'a'))
print(re.match('(?i)\u00e0', '\u00c0'), re.match('(?i:\u00c0)', '\u00e0'), re.match(b'(?i)\xe0', b'\xc0'))
print(re.match(r'(?u)\w', 'é'), re.match(r'(?a:\w)|x', 'é'), re.match('(?-i:A)', 'a', re.I))
flags = [re.I, re.L, re.M, re.S, re.U, re.X, re.A, re.NOFLAG, re.T, re.DEBUG]
print([int(f) for f in flags], [repr(f) for f in flags])
print(repr(re.I | re.S | re.X), str(re.M | re.A), re.I | 0, 0 | re.I, type(re.I | re.M).__name__)
print(f'{re.I}', '%s' % re.S, re.I & re.I, re.I & re.M, re.I ^ re.I | re.M)

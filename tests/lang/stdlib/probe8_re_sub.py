import re
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@site.com, ann@corp.com'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', '2024-03 and 1999-12'))
print(re.sub(r'(a)(b)?', r'[\1|\2]', 'ab a'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.subn(r'o', '0', 'foo boo', count=3), re.sub('x*', '-', 'abc'))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  ').strip())
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
try:
    re.sub(r'(?P<n>a)', r'\g<zz>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('a', r'\g<1', 'a')
except re.error as e:
    print('error', e)
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b,c'), re.split(r',', 'a,b,c,d', maxsplit=2))
print(re.split(r'(\d)(x)?', 'a1b2xc'), re.split(r'\b', 'hi there'), re.split('', 'abc'))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a|ab', 'ab'))
m = re.search(r'(?P<key>\w+)=(?P<val>\d+)?', 'x: name= rest')
print(m, m.groupdict(), m.groupdict('NA'), m.span(), m.span('val'), m.start(1), m.end('key'))
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m.group(0), m.group(1, 2), m.groups(), m[2], m.expand(r'\2, \1'), m.lastindex, m.lastgroup, m.re.pattern)
print(m.pos, m.endpos, m.string, repr(m))
try:
    m.group(3)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(re.I, re.M | re.S, re.compile('a', re.I | re.X), repr(re.compile(r'\d+')), re.compile('x', re.A | re.M).flags)
print(re.escape('a.b*c?(d)[e]{f} g-h#i'), re.escape('über'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'\d+', 'no'), [m.span() for m in re.finditer(r'o', 'foo bo')])
p = re.compile(r'(?i)HELLO')
print(p.match('hello world'), p.search('say Hello').group(), p.sub('bye', 'Hello hello'))
try:
    re.compile('(unclosed')
except re.error as e:
    print('error', e, e.pos)
try:
    re.compile('a{2,1}')
except re.error as e:
    print('error', e)
print(re.sub(r'(?m)^', '> ', 'l1\nl2'), re.match(r'(?s).+', 'a\nb').group())
print(re.compile(r'(\d+)-(\d+)').sub(lambda m: str(int(m[1]) + int(m[2])), '1-2, 30-4'))

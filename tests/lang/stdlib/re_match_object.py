import re
m = re.compile(r'(a)(?P<b>b)?(c)?').search('xxacyy', 1, 5)
print(m, m.pos, m.endpos, m.regs, m.span(2), m.start(2), m.end('b'), m.group(2, 3))
print(m.groups(), m.groups(''), m.groupdict(), m.groupdict('-'), m.lastindex, m.lastgroup)
print(m.expand(r'\1-\g<b>-\3'), m.expand(b'x' if False else r'\g<0>'), m.__copy__() is m, m.__deepcopy__({}) is m)
for bad in ['nope', 7, None]:
    for meth in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            meth(bad)
        except IndexError as e:
            print(meth.__name__, 'IndexError', e)
mb = re.match(rb'(?P<x>\w+)', b'abc def')
print(mb, mb.group('x'), mb['x'], mb.groupdict(), mb.expand(rb'[\1]'))
print(re.match('', ''), re.match('', 'abc'), re.search('$', 'abc'), bool(re.match('', '')))
print(re.Pattern[str], re.Match[bytes], type(re.compile('')).__name__)
s = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None), (r'[a-z]+', lambda s, t: t.upper()),
                (r'(\+)|(-)', lambda s, t: ('op', t))])
print(s.scan('12 ab 7 x+-!'))
p = re.compile(r'(\w+)')
m1 = p.match('hello world')
m2 = p.search('hello world', 5)
print(m1.re is p, m1.string, m2.span(), m2.group(1), m2.pos)
print(len(p.pattern), p.groups, dict(p.groupindex), re.compile('(?P<z>a)|(?P<y>b)').groupindex)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(re.match(r'(?P<a>.)(?P<b>.)?', 'x').groupdict(), re.fullmatch(r'(\d+)', '123').group(1))

import re
print(re.findall(rb'\w+', b'hello w\xf6rld 12'), re.findall(rb'[\x80-\xff]+', b'a\xe9\xffb'))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'(?i)\xe9', b'\xc9'), re.search(rb'\d+', b'x42'))
print(re.sub(rb'a(b)', rb'<\1>', b'xabx'), re.split(rb'\s+', b'a b\tc'), re.escape(b'\x00.\xff'))
ba = bytearray(b'xaay')
m = re.search(b'a+', ba)
print(m, m.group(), type(m.string).__name__, re.sub(b'a', b'b', ba))
print(re.compile(b'a', re.L | re.I).match(b'A'), re.compile(rb'\w', re.L).match(b'_'))
print(re.match(rb'\s', b'\x1c'), re.match(r'\s', '\x1c'), re.match(r'\s', '\x85'), re.match(rb'\s', b'\x85'))
s = 'αβγ δεζ ηθι'
print(re.findall(r'\w+', s), re.search('δ.ζ', s).span(), [m.span() for m in re.finditer(r'\w+', s)])
print(re.sub('β', 'B', s), re.split(' ', s), re.match('(?i)ΑΒΓ', s))
print(re.search('ζ', s, re.I), re.search('Z', 'aé\U0001F600z', re.I).span())
u = '\U0001F600x\U0001F601'
print(re.findall('.', u), re.search('x', u).span(), re.match('[\U0001F600-\U0001F64F]+', u))
p = re.compile(r'\w+')
text = 'héllo wörld ñ' * 3
pos = 0
toks = []
while True:
    m = p.search(text, pos)
    if not m:
        break
    toks.append(m.span())
    pos = m.end()
print(toks)
print(re.match(r'\w', '_'), re.match(r'\w', '٣'), re.match(r'\d', '²'), re.match(r'\w', '²'))
print(re.findall(r'(?i)[k]', 'kK\u212a'), re.findall(r'(?i)[^k]', 'kK\u212ax'), re.findall('(?i)σ', 'Σσς'))
print(re.findall(r'\bfoo\b', 'foo éfoo foo_ foo'), re.findall(r'(?a)\bfoo\b', 'éfoo'))
# empty matches
print(re.sub('', '-', ''), re.findall('', ''), re.split('', ''), re.subn('$', '!', 'a\n'))
print(re.sub('(?=b)', '^', 'abab'), re.sub(r'\b', '|', 'ab cd'), re.findall(r'\b|x', 'xa'))
print(re.sub('a|', '-', 'bab'), re.split('(?=a)', 'babab'), re.findall('a??', 'aa'))

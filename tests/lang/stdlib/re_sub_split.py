import re
# sub / subn corner cases
print(re.sub('a', '', 'banana'), re.sub('^', '>', 'a\nb', flags=re.M), re.sub('$', '<', 'a\nb\n', flags=re.M))
print(re.sub(r'\s+', ' ', '  a \t b\n\nc  '), re.sub('(?P<x>.)', r'\g<x>\g<x>', 'ab'))
print(re.sub('(a)(b)?', r'[\2]', 'a ab'), re.sub('(.)', r'\g<1>0', 'ab'))
print(re.sub('.', r'\0\101\\', 'b'), repr(re.sub('.', '\\\n', 'b')), re.sub('a', r'\&', 'a'))
print(re.subn('a', 'x', 'aaaa', 3), re.subn('z', 'x', 'aaaa'), re.subn('', '-', 'ab', 1))
print(re.sub('ab', lambda m: m.group().upper(), 'abcabd'), re.sub('(a)', lambda m: m[1] * 3, 'xax'))
print(re.sub(b'(a)', rb'\1\1', b'xay'), re.sub(b'', b'-', b'ab'), re.subn(b'a', lambda m: b'', b'aba'))
print(re.sub('é', 'e', 'café éé'), re.sub('(.)é', r'\1E', 'aébé'), re.sub(r'\w', '.', 'αβγ'))
p = re.compile('o')
print(p.sub('0', 'foo boo'), p.subn('0', 'foo', count=1), p.sub(repl='x', string='oo'))
calls = []
def rec(m):
    calls.append(m.span())
    return '#'
print(re.sub('x*', rec, 'axxb'), calls)
# split corner cases
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'(\W*)', '...words...'), re.split('x*', 'xx'), re.split('(x)?y', 'ayb'))
print(re.split(r'\b', 'a-b c'), re.split('^', 'a\nb', flags=re.M), re.split('$', 'a\nb', flags=re.M))
print(re.split(b',', b'a,b'), re.split(',', 'a,b,c,d', maxsplit=2), re.compile(',').split('a,,b', 1))
print(re.split('(a)(b)?', 'xaybz'), re.split('é', 'aébéc'))
# findall / finditer with pos and endpos
p = re.compile(r'\d')
print(p.findall('12345', 1, 3), [m.span() for m in p.finditer('12345', 2)], p.findall('12', 5))
print(re.findall(r'(\d)(\w)', '1a2b'), re.findall(r'((a)b)', 'abab'), re.findall(b'.', b'ab'))
print(re.findall('(?:a|(b))', 'ab'), re.findall('x?', 'axb'), re.findall('é+', 'ééaé'))
it = p.finditer('1a2')
print(type(it).__name__ in ('generator', 'callable_iterator'), [m.group() for m in it], list(it))

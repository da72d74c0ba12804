# strip/lstrip/rstrip and replace.
s = '  \t hi there \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), '..a..'.lstrip('.'), '..a..'.rstrip('.'))
print('abcba'.strip('ab'), 'www.example.com'.strip('cmowz.'))
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'a'))
print('hello'.replace('', '-'), 'abc'.replace('x', 'y'))
print('banana'.replace('na', 'NA', 1))
print('prefix_name'.removeprefix('prefix_'), 'name.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
print(repr(''.strip()), repr('   '.strip()))

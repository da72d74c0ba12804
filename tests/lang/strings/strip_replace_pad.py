# strip family, replace, removeprefix/removesuffix, translate/maketrans, expandtabs,
# zfill and center/ljust/rjust.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

for s in ['  hi  ', '\t\n x \x0b\x0c\r', 'xxhixx', '', '\xa0\u3000mid\u2028', 'abc']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip('xh')), repr(s.strip(None)))
print(repr('\xe9\xe8abc\xe8'.strip('\xe8\xe9')), repr('aaa'.strip('a')), repr('abc'.rstrip('cb')))
t(lambda: 'abc'.strip(1))
t(lambda: 'abc'.lstrip(1))
t(lambda: 'abc'.rstrip(1))
t(lambda: 'abc'.strip('a', 'b'))
t(lambda: 'abc'.strip(chars='a'))

for args in [('a', 'X'), ('a', 'X', 1), ('a', 'X', 0), ('a', 'X', -1), ('', '-'), ('', '-', 2), ('ab', ''),
             ('zz', 'y'), ('\xe9', 'E'), ('a', '\u20ac\u20ac'), ('', '')]:
    print(args, repr('abacab\xe9'.replace(*args)))
print(repr(''.replace('', 'x')), repr(''.replace('', 'x', 0)), repr('aaaa'.replace('aa', 'b')))
t(lambda: 'abc'.replace(1, 'a'))
t(lambda: 'abc'.replace('a', 1))
t(lambda: 'abc'.replace('a', 'b', 'c'))
t(lambda: 'abc'.replace('a'))
t(lambda: 'abc'.replace('a', 'b', count=1))
t(lambda: ('ab' * 10).replace('a', 'x' * 3))

print('prefix_rest'.removeprefix('prefix_'), 'prefix_rest'.removeprefix('x'), 'a.py'.removesuffix('.py'),
      'a.py'.removesuffix(''), repr(''.removeprefix('')))
t(lambda: 'a'.removeprefix(1))
t(lambda: 'a'.removesuffix(None))
t(lambda: 'a'.removeprefix())

table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()))
print('abcdabcd'.translate(table), 'h\xe9llo'.translate({ord('\xe9'): 'e', ord('l'): None}))
print('abc'.translate({97: 'AA', 98: 66}), 'abc'.translate(['Q'] * 98), 'abc'.translate({}))
print(sorted(str.maketrans({'a': 1, 98: 'x', 'c': None}).items()))
t(lambda: 'abc'.translate({97: 1.5}))
t(lambda: 'abc'.translate({97: 0x110000}))
t(lambda: 'abc'.translate({97: -1}))
t(lambda: 'abc'.translate(1))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans('ab', 'a'))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1, 'a'))
t(lambda: str.maketrans('a', 1))
t(lambda: str.maketrans('a', 'b', 1))
t(lambda: str.maketrans())

for s in ['a\tb', '\tx\ty', 'ab\n\tc', '12345\t6', '\xe9\t|', 'no tabs']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(-3)))
t(lambda: 'a'.expandtabs('x'))
t(lambda: 'a\tb'.expandtabs(2**70))

for s in ['42', '-42', '+7', '', 'abc', '\xe9', '--1']:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-1)))
t(lambda: 'a'.zfill('x'))
t(lambda: 'a'.zfill(2**70))
t(lambda: 'a'.zfill())

for s in ['abc', 'ab', '', '\xe9\u20ac']:
    print(repr(s.center(7)), repr(s.center(6, '*')), repr(s.ljust(5, '\u20ac')), repr(s.rjust(4)), repr(s.center(1)))
print(repr('a'.center(4)), repr('ab'.center(5)), repr('abc'.center(6)), repr('abcd'.center(9)))
t(lambda: 'abc'.center(5, 'ab'))
t(lambda: 'abc'.center(5, 1))
t(lambda: 'abc'.center('a'))
t(lambda: 'abc'.center())
t(lambda: 'abc'.ljust(5, ' ', 1))
t(lambda: 'abc'.rjust(10**19))
t(lambda: 'abc'.ljust(10**18))
t(lambda: 'abc'.center(width=5))

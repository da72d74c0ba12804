# find/rfind/index/rindex/count/startswith/endswith with start/end arguments, on ASCII
# and non-ASCII strings, and their errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

for s in ['abcabcabc', 'h\xe9llo \u20ac h\xe9llo \U0001f600']:
    for sub in ['a', 'bc', 'l', 'h\xe9', '\u20ac', '\U0001f600', '', 'zz', 'llo']:
        print(ascii(sub), s.find(sub), s.rfind(sub), s.count(sub),
              s.find(sub, 2), s.find(sub, -4), s.rfind(sub, 0, 5), s.count(sub, 1, -1),
              s.find(sub, 100), s.count(sub, 100), s.rfind(sub, -100, -50), s.find(sub, 3, 2))
    print(s.index('l') if 'l' in s else s.index('b'), s.rindex(s[-1]))
t(lambda: 'abc'.index('z'))
t(lambda: 'abc'.rindex('z'))
t(lambda: 'abc'.index('c', 0, 2))
t(lambda: 'abc'.find(1))
t(lambda: 'abc'.find())
t(lambda: 'abc'.find('a', 1, 2, 3))
t(lambda: 'abc'.find('a', 'x'))
t(lambda: 'abc'.count('a', None, 1.5))
t(lambda: 'abc'.count(sub='a'))
t(lambda: 'abc'.find('a', None, None))
t(lambda: 'abc'.find('c', 10**30))
t(lambda: 'abc'.find('c', -10**30))
t(lambda: 'a'.count('', 0, 10**30))
t(lambda: ''.count(''))
t(lambda: ''.find(''))
t(lambda: 'abc'.find('', 3))
t(lambda: 'abc'.find('', 4))
t(lambda: 'abc'.rfind(''))
t(lambda: 'aaaa'.count('aa'))

s = 'hello \xe9world'
for args in [('he',), ('\xe9w',), ('hello',), ('',), (('x', 'he'),), (('x', 'y'),), ('l', 2),
             ('l', 2, 3), ('lo', 3, 5), ('hello', 0, 4), ('', 20), ('', 12), (('',),),
             ('world', -5), ('\xe9', -6, -5)]:
    print(args, s.startswith(*args), s.endswith(*args))
t(lambda: s.startswith(1))
t(lambda: s.startswith(('a', 1)))
t(lambda: s.endswith((1, 'a')))
t(lambda: s.endswith(['a']))
t(lambda: s.startswith())
t(lambda: s.startswith('a', 'b'))
t(lambda: s.endswith('a', 0, 1, 2))

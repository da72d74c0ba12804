# str.format / format_map / __format__: fields, attributes, items, conversions,
# nested specs, numbering, and every parse error.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

class P:
    x = 3
    name = 'pt'
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'

t(lambda: '{} {}'.format(1, 'a'))
t(lambda: '{1} {0} {1}'.format('x', 'y'))
t(lambda: '{a} {b}'.format(a=1, b='B'))
t(lambda: '{0.x} {0.name} {1[0]} {1[1]} {2[k]}'.format(P(), [5, 6], {'k': 'v'}))
t(lambda: '{0.__class__.__name__}'.format(1))
t(lambda: '{x[0]}'.format(x='ab'))
t(lambda: '{!r} {!s} {!a}'.format('\xe9', P(), '\xe9'))
t(lambda: '{0!r:>10}|{0:^9}|'.format('ab'))
t(lambda: '{:>{w}}|{:{f}<{w}}|'.format('a', 'b', w=4, f='*'))
t(lambda: '{0:{1}{2}}'.format(1, '>', 5))
t(lambda: '{:x<5}'.format('ab'))
t(lambda: '{} {{}} {{{}}}'.format(1, 2))
t(lambda: '{:}'.format(P()))
t(lambda: '{:abc}'.format(P()))
t(lambda: '{0}{0}'.format('ab'))
t(lambda: '{00}'.format('z'))
t(lambda: '{:.2}|{:*^9.1}|{:5}|{:<5}|{:>5}'.format('abc', 'abc', 'ab', 'ab', 'ab'))
t(lambda: '\xe9{}\u20ac{}'.format('\U0001f600', 1))
t(lambda: '{:\u20ac^7}'.format('\xe9'))
t(lambda: ''.format(1, 2, x=3))
t(lambda: '{'.format())
t(lambda: '}'.format())
t(lambda: 'a{'.format())
t(lambda: 'a}b'.format())
t(lambda: '{0:}}'.format(1))
t(lambda: '{0}'.format())
t(lambda: '{1}'.format('a'))
t(lambda: '{}{1}'.format(1, 2))
t(lambda: '{1}{}'.format(1, 2))
t(lambda: '{a}'.format())
t(lambda: '{a}'.format(b=1))
t(lambda: '{0.x}'.format(1))
t(lambda: '{0[1]}'.format([]))
t(lambda: '{0[a]}'.format({}))
t(lambda: '{0[1.5]}'.format([]))
t(lambda: '{0[0]x}'.format([1]))
t(lambda: '{0.a.}'.format(1))
t(lambda: '{0.}'.format(1))
t(lambda: '{0[]}'.format(1))
t(lambda: '{0[}'.format(1))
t(lambda: '{0[0]'.format([1]))
t(lambda: '{!x}'.format(1))
t(lambda: '{!}'.format(1))
t(lambda: '{0!}'.format(1))
t(lambda: '{!r'.format(1))
t(lambda: '{!rr}'.format(1))
t(lambda: '{a{}'.format(1))
t(lambda: '{0'.format(1))
t(lambda: '{:{:{}}}'.format(1, 2, 3))
t(lambda: '{:{}}'.format('a'))
t(lambda: '{0:{1}}'.format('a', 'q'))
t(lambda: '{0:{a}}'.format(1))
t(lambda: '{99999999999999999999}'.format(1))
t(lambda: '{-1}'.format(1))
t(lambda: '{:d}'.format('a'))
t(lambda: '{:%}'.format('a'))
t(lambda: '{:+}'.format('a'))
t(lambda: '{:=5}'.format('a'))
t(lambda: '{:#}'.format('a'))
t(lambda: '{:,}'.format('a'))

t(lambda: '{a}-{b}'.format_map({'a': 1, 'b': 2}))
t(lambda: 'abc'.format_map(1))
t(lambda: '{x}'.format_map({}))
t(lambda: '{}'.format_map({}))
t(lambda: '{0}'.format_map({}))
t(lambda: '{}'.format_map())

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

t(lambda: '{name} is {age}'.format_map(Default(name='x')))

t(lambda: format('abc'))
t(lambda: format('abc', ''))
t(lambda: format('abc', '>6'))
t(lambda: format('abc', '.1'))
t(lambda: 'abc'.__format__('^7'))
t(lambda: 'abc'.__format__(1))
t(lambda: 'abc'.__format__())
t(lambda: format('\xe9', '\xe9<4'))
t(lambda: format('abc', 's'))
t(lambda: format('abc', 'd'))
t(lambda: format('abc', '+'))
t(lambda: format('abc', '=5'))
t(lambda: format('abc', '#'))
t(lambda: format('abc', ','))
t(lambda: f'{"x"!r:>5}|{3:03}|{"ab":{"^"}6}')

# +, *, %, comparisons, in, len, bool, hash consistency and iteration of str.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

t(lambda: 'ab' + 'cd')
t(lambda: 'ab' + 1)
t(lambda: 1 + 'ab')
t(lambda: 'ab' + b'x')
t(lambda: 'ab' + None)
t(lambda: 'ab' * 3)
t(lambda: 3 * 'ab')
t(lambda: 'ab' * 0)
t(lambda: 'ab' * -5)
t(lambda: 'ab' * True)
t(lambda: '' * 10**18)
t(lambda: 'ab' * 'c')
t(lambda: 'ab' * 1.5)
t(lambda: 1.5 * 'ab')
t(lambda: 'a' * 10**18)
t(lambda: 'a' * 10**19)
t(lambda: 'a' * -10**19)
t(lambda: 'ab' * 2**62)
t(lambda: '\xe9' * 3)

class R:
    def __radd__(self, other):
        return 'radd:' + other
    def __rmul__(self, other):
        return 'rmul:' + other

t(lambda: 'x' + R())
t(lambda: 'x' * R())

x = 'a'
x += 'b'
x *= 2
print(x)

for a, b in [('a', 'b'), ('a', 'a'), ('ab', 'a'), ('', 'a'), ('\xe9', 'z'), ('\U0001f600', '\uffff'),
             ('\ud800', '\ue000'), ('abc', 'abd')]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
t(lambda: 'a' < 1)
t(lambda: 'a' >= None)
print('a' == 1, 'a' != 1, 'a' == b'a')

t(lambda: 'b' in 'abc')
t(lambda: '' in 'abc')
t(lambda: 'ac' in 'abc')
t(lambda: '\u20ac' in 'x\u20acy')
t(lambda: 1 in 'abc')
t(lambda: None in 'abc')
print(len(''), len('abc'), len('\xe9\u20ac\U0001f600'), bool(''), bool('0'))
print(hash('abc') == hash('ab' + 'c'), hash('') == 0, hash('\xe9x') == hash('\xe9' + 'x'))
d = {'k\xe9y': 1, 'key': 2}
print(d['k\xe9' + 'y'], d['k' + 'ey'])
it = iter('a\xe9\U0001f600')
print(type(it).__name__ in ('str_ascii_iterator', 'str_iterator'), next(it), next(it), next(it))
t(lambda: next(it))
print(list('abc'), tuple('\xe9\xe8'), sorted('cab'), [c for c in ''])
print(max('abc'), min('xyz'), 'abc'.__len__(), 'abc'.__contains__('b'))

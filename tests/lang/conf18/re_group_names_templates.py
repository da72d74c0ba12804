# not in the image: __file__ (warnings compared with the script path)
# re: group names and template references that int() reads but are not plain ASCII
# digits (+1, 1_0) work with a DeprecationWarning as in 3.11; bytes-like templates
# (memoryview, array) for bytes patterns; a huge __index__ group number is IndexError.
import re, warnings
def tryit(f, *a):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f(*a)
            print('ok', r if not isinstance(r, re.Pattern) else r.pattern)
        except Exception as e:
            print(type(e).__name__, e)
        for x in w:
            print('  W', x.category.__name__, x.message, x.filename == __file__)
for p in [r'()(?(+1)a|b)', r'()(?(1_0)a|b)', r'()(?(-1)a|b)', r'()(?(\uff11)a|b)', r'(?P<a>)(?(0)a|b)', r'()(?(1)a|b)', r'(?P<\xb5>x)(?P=\xb5)']:
    tryit(re.compile, p)
for p in [rb'()(?(+1)a|b)', rb'(?P<\xc2\xb5>x)', rb'()(?(1_0)a|b)']:
    tryit(re.compile, p)
for t in [r'\g<+1>', r'\g<1_0>', r'\g<-1>', r'\g<\uff11>', r'\g<ab>', r'\g<1>', r'\g<a>', r'\g<\xb5>']:
    tryit(re.sub, '(?P<a>x)', t, 'xx')
tryit(re.sub, b'(?P<a>x)', rb'\g<+1>', b'xx')
tryit(re.sub, b'y', memoryview(b'a'), memoryview(b'xyz'))
tryit(re.sub, b'y', bytearray(b'a'), bytearray(b'xyz'))
class Index:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
m = re.match('(a)(b)', 'ab')
for g in [Index(1), -1, 3, 1<<1000, Index(1<<1000), 'x', Index(-1)]:
    tryit(m.group, g)
    tryit(m.start, g)
    tryit(m.span, g)
    tryit(m.__getitem__, g)
import array
for a in [(b'y', memoryview(b'a'), b'xyz'), (b'y', array.array('b', b'ab'), b'xyz'),
          (b'y', memoryview(b'\\n'), b'xyz'), (b'(y)', array.array('b', b'\\1'), b'xyz'),
          (b'y', memoryview(b'a'), memoryview(b'xyz')), ('y', None, 'xyz'), (b'y', 1, b'xyz')]:
    tryit(re.sub, *a)
print(re.compile(b'(y)').subn(memoryview(b'-'), b'yxy'))
# a bytes pattern's error messages escape its non-ASCII bytes
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for p in [b'(?P=\xc2\xb5)', b'(?(\xc2\xb5)y)', b'(?P<\xc2\xb5>x)(?P=\xc2\xb6)', b'[\xff-\x01]',
              b'\\q\xff', b'(?P<a\xff>x)', '(?P=\xb5)', '(?P<\xa9>x)']:
        try:
            re.compile(p)
            print('ok', p)
        except re.error as e:
            print(repr(e.msg), e.pos)

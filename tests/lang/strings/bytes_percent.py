# bytes % args: the bytes flavour of printf-style formatting.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

t(lambda: b'%s %d %x %c %c' % (b'ab', 5, 255, 65, b'z'))
t(lambda: b'%b|%5s|%-5b|%.1s' % (b'x', b'a', b'b', b'abc'))
t(lambda: b'%s' % bytearray(b'q'))
t(lambda: b'%r %a' % ('x\xe9', 'y'))
t(lambda: b'%05d|%+.2f|%#o|%e' % (42, 1.5, 8, 1e10))
t(lambda: b'%(a)s-%(b)d' % {b'a': b'x', b'b': 3})
t(lambda: bytearray(b'%d') % 5)
t(lambda: b'100%%' % ())
t(lambda: b'abc' % [1])
t(lambda: b'abc' % {})

class BB:
    def __bytes__(self):
        return b'dunder'

t(lambda: b'%s' % BB())
t(lambda: b'%s' % 'a')
t(lambda: b'%s' % 1)
t(lambda: b'%d' % b'a')
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%c' % 'a')
t(lambda: b'%q' % 1)
t(lambda: b'%(a)s' % {'a': 1})
t(lambda: b'abc' % b'x')
t(lambda: b'abc' % 1)
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%' % ())
t(lambda: b'%z.1f|%z.2e' % (-0.0001, -0.0))
t(lambda: b'%i' % b'x')
t(lambda: b'%u' % b'x')
t(lambda: b'%f' % 'x')
t(lambda: b'%e' % {})
t(lambda: b'%z' % 1)
t(lambda: b'%\x7f' % 1)
t(lambda: b'%5\xc3' % 1)

def bare(f):
    try:
        f()
    except ValueError as e:
        print('ValueError', e.args)

bare(lambda: b'%\xc3' % 1)
bare(lambda: b'%.\xc3' % 1)
bare(lambda: b'%.5\xc3' % 1)

# printf-style formatting: str % args with every conversion, flag, width, precision,
# mapping keys and the error messages.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

t(lambda: '%s|%r|%a' % ('\xe9', '\xe9', '\xe9'))
t(lambda: '%d %i %u' % (3, -4, 5))
t(lambda: '%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
t(lambda: '%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|%0-5d' % (42, 42, 42, 42, 42, 3, 3, 3))
t(lambda: '%.3d|%+.3d|%#.4x|%010.4x|%#010x|%#10x|%-#10x|%#-08x|' % (5, -5, -255, -255, 255, 255, 255, 255))
t(lambda: '%#.3o|%#5.3o|%x|%o' % (8, 8, -255, -8))
t(lambda: '%d %d %x' % (True, 3.7, True))
t(lambda: '%i' % 2**70)
t(lambda: '%x' % -2**70)
t(lambda: '%f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f' % (1.5, 2.345, 3.14159, 2.5, 1.0, 1.0, -1.5))
t(lambda: '%e|%E|%.2e|%g|%G|%g|%#g|%.0f|%.0e' % (12345.678, 0.000123, 5.0, 1e-10, 1e-10, 123456789.0, 1.0, 2.5, 15.0))
t(lambda: '%f|%f|%e' % (float('inf'), float('-inf'), float('nan')))
t(lambda: '%010f|%-6f|' % (float('inf'), float('nan')))
t(lambda: '%f' % 3)
t(lambda: '%c%c%c' % (65, '\xe9', 0x1f600))
t(lambda: '%5c|%-3c|' % (97, 'b'))
t(lambda: '%s' % None)
t(lambda: '%s' % [1, 2])
t(lambda: '%s' % ((1, 2),))
t(lambda: '%s %s' % (1, 2))
t(lambda: '%.2s|%5s|%-5s|%5.1s|%05s' % ('abc', 'ab', 'ab', 'xyz', 'ab'))
t(lambda: '%*d|%-*d|%*d' % (5, 1, 4, 2, -4, 3))
t(lambda: '%.*f|%*.*f' % (2, 3.14159, 8, 3, 2.71828))
t(lambda: '%.*f' % (-1, 1.5))
t(lambda: '%ld %hd %Ld' % (1, 2, 3))
t(lambda: '%%|%s%%' % 'x')
t(lambda: '100%%' % ())
t(lambda: '%(a)s-%(b)d-%(a)r' % {'a': 'x', 'b': 5})
t(lambda: '%(a)s' % {'a': 1, 'b': 2})
t(lambda: '%(x(y))s' % {'x(y)': 'nested'})
t(lambda: 'abc' % {})
t(lambda: 'abc' % [1])
t(lambda: 'abc' % ())
t(lambda: '\xe9%s\u20ac' % '\U0001f600')

t(lambda: 'abc' % 5)
t(lambda: '%s %s' % (1,))
t(lambda: '%s' % (1, 2))
t(lambda: '%s' % ())
t(lambda: '%(a)s' % 1)
t(lambda: '%(a)s' % {})
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%(a' % {})
t(lambda: '%' % 1)
t(lambda: '%5' % 1)
t(lambda: '%z' % 1)
t(lambda: '%ll' % 1)
t(lambda: '\xe9%\xe9' % 1)
t(lambda: '%\x01' % 1)
t(lambda: '%5%' % (1,))
t(lambda: '%5%' % ())
t(lambda: '%d' % 'a')
t(lambda: '%x' % 1.5)
t(lambda: '%o' % '1')
t(lambda: '%d' % 1j)
t(lambda: '%u' % None)
t(lambda: '%e' % 'a')
t(lambda: '%f' % None)
t(lambda: '%c' % 'ab')
t(lambda: '%c' % 65.0)
t(lambda: '%c' % 0x110000)
t(lambda: '%c' % -1)
t(lambda: '%c' % 2**70)
t(lambda: '%*d' % ('a', 1))
t(lambda: '%.*d' % (1.5, 1))
t(lambda: '%*d' % (2**70, 1))
t(lambda: '%.*d' % (2**70, 1))
t(lambda: '%99999999999999999999d' % 1)
t(lambda: '%.99999999999999999999d' % 1)
t(lambda: '%s %s' % [1])

class I:
    def __index__(self):
        return 7
    def __int__(self):
        return 8

t(lambda: '%d %x' % (I(), I()))

class Str:
    def __str__(self):
        return 'S!'
    def __repr__(self):
        return 'R\xe9'

t(lambda: '%s %r %a' % (Str(), Str(), Str()))
x = 'v=%d'
x %= 5
print(x)

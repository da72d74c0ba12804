class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == '': return f'${self.v}'
        if spec == 'bad': raise ValueError('bad spec')
        return f'${self.v:{spec}}'
    def __str__(self): return 'Money'
    def __repr__(self): return 'Money()'
m = Money(3.14159)
print(f'{m}', f'{m:.2f}', format(m, '>10.1f'), '{:.3f}'.format(m), f'{m!s}', f'{m!r}', f'{m!r:>10}')
try:
    f'{m:bad}'
except ValueError as e:
    print(e)
class NoFmt: pass
try:
    format(NoFmt(), 'd')
except TypeError as e:
    print(e)
print(format(NoFmt(), '') .startswith('<'))
class RetInt:
    def __format__(self, spec): return 5
try:
    format(RetInt())
except TypeError as e:
    print(e)
print(format(1234567.891, ','), format(1234567, '_x'), format(12, '#b'), format(-12, '#o'), format(255, '#X'))
print(format(3.0, 'g'), format(1e20, 'g'), format(1e-5, 'g'), format(123456789.0, 'g'), format(0.0001, 'n'))
print(format(1.5, '%'), format(0.25, '.1%'), format(-0.0, '+.2f'), format(0.0, '+'), format(float('nan'), '+f'), format(float('-inf'), 'E'))
print(format(1+2j, ''), format(1+2j, '.2f'), format(-1.5-0j, ''), format(1j, '>10'), format(complex(1, -0.0), 'g'))
print(format('abc', '^9'), format('abc', '*<7'), format('abc', '.2'), format('abc', '=>5') if False else '', format(42, '=+8'), format(42, '08.3f'))
print(format(True, 'd'), format(True, ''), format(True, '>6'), format(None, ''), format(10**20, ',d'))
print(format(12.0, '.0e'), format(12.5, '.0f'), format(13.5, '.0f'), format(0.5, '.0f'), format(1.0, '#.0f'), format(1e16, ''), format(1e15, ''))
print(format(123.456, '010.2f'), format(-123.456, '010.2f'), format(123.456, '+010.2f'), format(1e300*10, '010'))
for spec in ['x', 'c', 's', 'n', 'e']:
    try:
        print(spec, format(65, spec))
    except ValueError as e:
        print(spec, e)
for spec in ['d', 'c', 'x', ',s']:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(e)
for spec in ['d', '+', '=', ',']:
    try:
        print(format('s', spec))
    except ValueError as e:
        print(e)
try:
    format(1, ',_')
except ValueError as e:
    print(e)
try:
    format(1, '_,')
except ValueError as e:
    print(e)
try:
    format(300000000, 'c')
except OverflowError as e:
    print(e)
try:
    format(1.0, '.1000000000000f')
except ValueError as e:
    print(e)
print(format(1234.5, '_.2f'), format(12345678, '_b') if False else format(255, '_b'), format(0xdeadbeef, '_X'))
print('{0:{1}.{2}f}'.format(3.14159, 10, 3), '{:{}{}}'.format(5, '>', 4))
print('{a[0]}{a[1]}{b.real}'.format(a='xy', b=3))
try:
    '{0[}'.format(1)
except ValueError as e:
    print(e)
try:
    '{}{1}'.format(1, 2)
except ValueError as e:
    print(e)
try:
    '{a'.format(a=1)
except ValueError as e:
    print(e)
try:
    '}'.format()
except ValueError as e:
    print(e)
try:
    '{0!x}'.format(1)
except ValueError as e:
    print(e)
try:
    '{2}'.format(1)
except IndexError as e:
    print(e)
try:
    '{k}'.format(j=1)
except KeyError as e:
    print(repr(e))
print('{!a}'.format('é'), '{0:}'.format(5), '{{}}{}'.format(1))
print('%(a)s %(b)05d' % {'a': 'x', 'b': 3}, '%-5s|' % 'ab', '%+.3e' % 1234.5, '%#x %#o' % (255, 8), '%c%c' % (65, 'b'))
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
try:
    '%s %s' % (1,)
except TypeError as e:
    print(e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print(e)
try:
    '%z' % 1
except ValueError as e:
    print(e)
print('%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 3.14159), '%%', '%r' % 'a', '%a' % 'é', '%5.1s|' % 'abc')
print('%i %u' % (3.7, -2), '%x' % 255, '%X' % -255, '%e' % 0, '%g' % 1e-10, '%G' % 1e20)
try:
    '%x' % 1.5
except TypeError as e:
    print(e)
try:
    '%c' % 'ab'
except TypeError as e:
    print(e)
print(b'%s %d %b' % (b'x', 5, b'y'), b'%a' % 'é', b'%r' % b'q' if False else '')

# str.format with positional, keyword, indexed and attribute fields.
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Bob', age=30))
print('{0[1]} {d[key]}'.format([10, 20], d={'key': 'v'}))
class P:
    x = 5
print('{p.x}'.format(p=P()))
print('{:>6}|{:<6}|{:^6}|'.format('a', 'b', 'c'))
print('{:08.3f} {:,} {:x} {!r}'.format(3.14159, 1234567, 255, 'q'))
print('{{literal}} {}'.format(1))
print('{:{w}.{p}f}'.format(2.71828, w=10, p=2))
for fmt, args in [('{} {}', (1,)), ('{0} {}', (1, 2)), ('{x}', ()), ('{0[5]}', ([1],))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print('{:d}'.format(True), '{}'.format(None))
print(format(42, '>5'), format('s', '^3'))
print('%'.join(['a', 'b']), '{0!s:>4}'.format(7))

# str.split, rsplit, splitlines and join.
print('a b  c'.split())
print('a b  c'.split(' '))
print('  leading and trailing  '.split())
print('a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), 'abc'.split('x'))
print('one\ntwo\r\nthree\n'.splitlines(), 'x\ny\n'.splitlines(True))
print('a::b::c'.split('::'))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join([]))
print(' '.join(str(i) for i in range(5)))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('a  b'.split(None, 0), ' a b '.split(None, 1))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='))

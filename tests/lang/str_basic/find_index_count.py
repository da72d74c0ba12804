# find/rfind/index/rindex/count.
s = 'mississippi'
print(s.find('ss'), s.rfind('ss'), s.find('x'), s.find(''), s.find('s', 4), s.find('s', 4, 5))
print(s.index('p'), s.rindex('i'))
print(s.count('s'), s.count('ss'), s.count('i', 5), s.count(''), 'aaaa'.count('aa'))
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('z')
except ValueError as e:
    print(type(e).__name__, e)
print(s.find('i', -3), s.find('ppi', -3))
print('abc'.find('c', 10), ''.find(''))

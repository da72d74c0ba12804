# Other str methods: translate/maketrans, encode, splitlines keepends, index with slices.
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table))
print('hello'.translate(str.maketrans('', '', 'l')))
print('hello'.translate({ord('h'): 'J', ord('o'): None}))
print('héllo'.encode(), 'abc'.encode('ascii'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(str.upper('abc'), str.join('-', 'ab'))
print('Hello'.ljust(3), 'x'.join(''))

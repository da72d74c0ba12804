# upper, lower, capitalize, title, swapcase, casefold, center, ljust, rjust, zfill.
s = 'hello World 123'
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
print("they're bill's friends".title())
print('ß'.upper(), 'ß'.casefold(), 'ǅ'.lower())
print('abc'.center(9, '*'), 'abc'.center(8), '|' + 'ab'.ljust(5) + '|', '|' + 'ab'.rjust(5, '.') + '|')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('x'.center(4, '-'), 'xy'.center(5, '-'))
try:
    'a'.center(5, '--')
except TypeError as e:
    print(type(e).__name__, e)
print('a\tb\tc'.expandtabs(4), repr('ab\tc'.expandtabs()))

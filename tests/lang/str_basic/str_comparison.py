# String comparison is lexicographic by code point.
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'Z' < 'a', 'B' > 'a')
print('apple' == 'apple', 'apple' != 'Apple', 'a' * 3 == 'aaa')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '10', '9']))
print(sorted(['b', 'A', 'a', 'B'], key=str.lower))
print(max('hello'), min('hello'), max(['x', 'xy', 'a']))
print('é' > 'z', 'a' < 'é')
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
print('abc' == 'abc'[:], 'abc'.upper() != 'abc')
print(ord('a') < ord('b'))

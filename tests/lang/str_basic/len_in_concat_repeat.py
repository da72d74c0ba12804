# len, membership, concatenation and repetition of strings.
s = 'hello'
print(len(s), len(''), len('a b c'))
print('ell' in s, 'z' in s, '' in s, '' in '', 'hello' in s, 'Hello' in s)
print('lo' not in s)
print(s + ' world', s + '', '' + '')
print('ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, repr('' * 5))
t = 'a'
t += 'b'
t *= 3
print(t)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)

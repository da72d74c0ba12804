# Strings are immutable: methods return new strings and += rebinds.
s = 'abc'
t = s
s += 'd'
print(s, t)
u = s.upper()
print(s, u)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
chars = list(s)
chars[0] = 'z'
print(''.join(chars), s)
print(s.replace('a', 'A'), s)

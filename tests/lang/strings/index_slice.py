# Indexing and slicing by code point, ASCII and not, with every error.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

for s in ['hello world', 'h\xe9llo w\u20acrld \U0001f600!']:
    print(len(s), s[0], s[4], s[-1], s[-2])
    print(s[1:5], s[:3], s[3:], s[-5:], s[::2], s[::-1], s[1:9:3], s[9:1:-2])
    print(s[100:], s[-100:2], s[5:2], s[::-3], s[len(s):], s[:-len(s)])
    t(lambda: s[len(s)])
    t(lambda: s[-len(s) - 1])
    t(lambda: s[1.0])
    t(lambda: s['a'])
    t(lambda: s[None])
    t(lambda: s[::0])
    t(lambda: s[10**20])
    t(lambda: s[True])
    t(lambda: s[1:2:None])
    acc = []
    for i in range(len(s)):
        acc.append(s[i])
    print(''.join(acc) == s, list(s) == acc)

class Idx:
    def __index__(self):
        return 2

print('abcdef'[Idx()], 'abcdef'[Idx():], 'abcdef'[:Idx()])
t(lambda: ''[0])
print(repr(''[:]), repr(''[::-1]))

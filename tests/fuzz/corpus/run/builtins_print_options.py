# print(): sep, end, file objects with a write method, flush=, and argument errors.
import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('a', 'b', sep=None, end=None)
print('x', end='')
print('y', end='!\n')
print()
print(1, 2.5, None, [1, 'two'], sep=', ')
print('', '', sep='|')
class Collect:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushed += 1
c = Collect()
print('hello', 42, file=c)
print('again', file=c, sep='', end='.', flush=True)
print(c.parts, c.flushed)
print('to stdout', file=None)
print('to stdout explicitly', file=sys.stdout)
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()])
for kw in ({'sep': 1}, {'end': 2}, {'bogus': 3}, {'file': 5}):
    try:
        print('x', **kw)
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __str__(self):
        raise ValueError('no str')
try:
    print('before', Bad())
except ValueError as e:
    print('ValueError', e)

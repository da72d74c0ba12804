# startswith/endswith with strings, tuples and ranges.
s = 'filename.txt'
print(s.startswith('file'), s.startswith('name'), s.endswith('.txt'), s.endswith(('.py', '.txt')))
print(s.startswith('name', 4), s.endswith('name', 0, 8), s.startswith(''))
print(''.startswith(''), ''.endswith('a'))
try:
    s.startswith(['file'])
except TypeError as e:
    print(type(e).__name__, e)
files = ['a.py', 'b.txt', 'c.py', 'readme']
print([f for f in files if f.endswith('.py')])
print(s.startswith(('x', 'y')), s.startswith(()))

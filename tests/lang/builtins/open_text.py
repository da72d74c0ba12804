# open() in text mode: write/read round trip, readline/readlines, iteration, with-blocks.
import sys
path = '/tmp/safepy_test_open_text.txt'
with open(path, 'w') as f:
    print(type(f).__name__, f.mode, f.name == path, f.closed, f.encoding)
    n = f.write('first line\n')
    f.writelines(['second\n', 'third'])
    print('wrote', n)
print('closed after with', f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print([line.rstrip('\n') for line in f])
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(0)), repr(f.readline(4)), repr(f.read()))
with open(path, 'a') as f:
    f.write('\nappended é€😀')
with open(path, encoding='utf-8') as f:
    data = f.read()
    print(len(data), repr(data[-12:]))
with open(path, 'w') as f:
    print('via print', 1, 2, file=f)
    print('second print', file=f)
with open(path) as f:
    print(f.read().splitlines())
f = open(path, 'w')
f.write('unflushed but closed later')
f.close()
print(open(path).read())
with open(path, 'w') as f:
    f.write('a\r\nb\rc\n')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, 'rb') as f:
    print(f.read())

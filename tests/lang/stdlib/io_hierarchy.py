# io: the abstract class hierarchy, isinstance of real streams, mixin methods for subclasses.
import io, sys, os

names = ('IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'BufferedReader',
         'BufferedWriter', 'BufferedRandom', 'FileIO', 'TextIOWrapper')
def kinds(o):
    return [n for n in names if isinstance(o, getattr(io, n))]

path = 'io_hierarchy_tmp.txt'
with open(path, 'w') as f:
    print('w', kinds(f))
    f.write('line1\nline2\n')
with open(path) as f:
    print('r', kinds(f))
with open(path, 'rb') as f:
    print('rb', kinds(f))
with open(path, 'ab') as f:
    print('ab', kinds(f))
with open(path, 'r+b') as f:
    print('r+b', kinds(f))
print('StringIO', kinds(io.StringIO()))
print('BytesIO', [n for n in kinds(io.BytesIO()) if n != 'TextIOWrapper'])
print('stdout', kinds(sys.stdout))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.StringIO, io.IOBase),
      issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.BytesIO, io.TextIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase))
print(issubclass(io.TextIOBase, io.IOBase), issubclass(io.RawIOBase, io.IOBase),
      issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.text_encoding(None), io.text_encoding('utf-8'))
os.remove(path)

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    o = c()
    show(o.seek, 0)
    show(o.tell)
    show(o.truncate)
    show(o.fileno)
    print(o.readable(), o.writable(), o.seekable(), o.isatty(), o.closed)
    o.close()
    print(o.closed)
    show(o.flush)
    show(o.isatty)
    show(o.__enter__)
    show(iter, o)
for c, m in ((io.BufferedIOBase, 'read'), (io.BufferedIOBase, 'write'), (io.BufferedIOBase, 'read1'),
             (io.BufferedIOBase, 'detach'), (io.TextIOBase, 'read'), (io.TextIOBase, 'write'),
             (io.TextIOBase, 'readline'), (io.TextIOBase, 'detach')):
    show(getattr(c(), m), *((0,) if m in ('read', 'write', 'read1') else ()))
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)

class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Upper()
print(kinds(u))
u.write('abc')
u.writelines(['x', 'y'])
print(u.parts)
print('hello', file=u)
print(u.parts)
with u:
    pass
print(u.closed)
show(u.writelines, ['z'])

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
s = Source(b'one\ntwo\nthree')
print(kinds(s))
print(s.read(2), s.readline(), s.read(), s.read())
s = Source(b'a\nbb\nccc\n')
print(list(s))
s = Source(b'a\nbb\nccc\n')
print(s.readlines(3), s.readall())
s = Source(b'a\nbb\nccc\n')
print(s.readline(1), s.readline(-1), s.readline(None))

class Buf(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        out, self.data = self.data[:n], self.data[n:]
        return out
b = Buf(b'abcdef')
ba = bytearray(4)
print(b.readinto(ba), ba, b.readinto(ba), ba)

class Lines(io.TextIOBase):
    def __init__(self):
        self.lines = ['a\n', 'b\n']
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''
print(list(Lines()), Lines().readlines())

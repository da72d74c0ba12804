# io.StringIO / io.BytesIO: writes, reads, seek/tell/truncate, capture of print output.
import io, sys
s = io.StringIO()
print(type(s).__name__, type(s).__module__, s.tell())
s.write('hello\n')
print('world', file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.truncate(4)
print(repr(s.getvalue()), s.tell())
s.seek(8)
s.write('!')
print(repr(s.getvalue()))
t = io.StringIO('a\nb\nc')
print(list(t), t.readlines(), t.tell())
t.seek(0)
print([l for l in t][1:])
u = io.StringIO('é€😀ab')
print(u.read(2), u.tell(), u.read(), u.tell())
old = sys.stdout
sys.stdout = buf = io.StringIO()
print('captured', 1, 2)
sys.stdout = old
print(repr(buf.getvalue()))
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.tell())
b.seek(-2, 2)
print(b.read())
b.write(b'XYZ')
print(b.getvalue())
try:
    b.write('s')
except TypeError as e:
    print('TypeError', e)
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print('ValueError', e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)
with io.StringIO('x') as w:
    print(w.read(), w.closed)
print(w.closed)
class Sub(io.StringIO):
    def extra(self):
        return self.getvalue().upper()
sub = Sub('init')
sub.seek(0, 2)
sub.write('+more')
print(sub.extra(), isinstance(sub, io.StringIO))
print(io.StringIO().read(), io.SEEK_END, io.UnsupportedOperation.__mro__[1:3])
try:
    io.StringIO(5)
except TypeError as e:
    print('TypeError', e)
print(io.StringIO('abc').seekable(), io.BytesIO().readable())

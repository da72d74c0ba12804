# io.StringIO's newline argument: None translates '\r\n' and '\r' on write, '' splits
# lines at any ending without translating, '\r' / '\r\n' translate '\n' on write and
# split lines there (the initial value is translated as a write).
import io

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.tell())
    s.write("\nx\r\ny\r")
    print(repr(s.getvalue()))
    s.seek(0)
    print(list(s))
    s.seek(0)
    print(repr(s.readline()), repr(s.readline(2)), repr(s.read(3)))
s = io.StringIO(newline=None)
s.write('a\r')
s.write('\nb')
print(repr(s.getvalue()), s.tell())
s = io.StringIO('0123456789', newline='\r\n')
s.seek(3)
print(s.write('\n'), repr(s.getvalue()), s.tell())
s = io.StringIO(newline='')
s.write('p\r\nq\rr')
s.seek(0)
print([s.readline() for _ in range(4)])
s = io.StringIO('keep\r\n')
s.__init__('new\r\n', None)
print(repr(s.getvalue()))
try:
    io.StringIO(newline='x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(newline=5)
except TypeError as e:
    print(type(e).__name__, e)

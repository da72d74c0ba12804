# open() and os.fdopen() of file numbers: closefd=False leaves the number open, name is the number, the standard streams' numbers; os.read(fd, -1); size argument limits
import os, io, tempfile
os.chdir(tempfile.mkdtemp())
with open('nl.txt', 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\r')
# file numbers
fd = os.open('nl.txt', os.O_RDONLY)
f = open(fd, closefd=False, newline='')
print(f.name, f.mode, f.readline())
f.close()
print(os.read(fd, 4))
g = os.fdopen(fd, 'rb')
print(g.name, g.read())
g.close()
try:
    os.read(fd, 1)
except OSError as e:
    print('closed', e.errno)
w = open(1, 'w', closefd=False)
w.write('to stdout via fd 1\n')
w.flush()
w.close()
print('after', w.closed)
fd = os.open('rw.bin', os.O_RDWR | os.O_CREAT)
r = open(fd, 'rb+', buffering=0)
r.write(b'hello world')
r.seek(6)
print(r.read(), r.tell(), r.name, r.mode)
r.close()
try:
    os.read(fd, -1)
except OSError as e:
    print(e.errno)
try:
    io.StringIO(newline='x')
except ValueError as e:
    print(e)
try:
    open('nl.txt', newline='x')
except ValueError as e:
    print(e)
try:
    open('nl.txt', buffering=2**31)
except OverflowError as e:
    print(e)
with open('nl.txt', 'rb') as b:
    try:
        b.peek(2**63)
    except OverflowError as e:
        print(e)
    print(b.peek(2**62)[:3])

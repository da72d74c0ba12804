# Reading text files with newline='', '\r', '\r\n', '\n' and None: where lines end (also across the 8 KiB read-ahead), .newlines, reconfigure; strftime keeps lone surrogates
import os, tempfile
os.chdir(tempfile.mkdtemp())
with open('nl.txt', 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\r')
for nl in ('', '\r', '\r\n', '\n', None):
    with open('nl.txt', newline=nl) as f:
        lines = list(f)
        print(repr(nl), lines, f.newlines)
    with open('nl.txt', newline=nl) as f:
        print(repr(f.readline(2)), repr(f.readline()), repr(f.read(3)), repr(f.readline()))
# line ends straddling the 8 KiB read-ahead
data = b'x' * 8191 + b'\r\n' + b'y' * 8190 + b'\r' + b'z\r\n'
with open('big.txt', 'wb') as f:
    f.write(data)
for nl in ('', '\r', '\r\n', None):
    with open('big.txt', newline=nl) as f:
        print(repr(nl), [len(l) for l in f], repr(f.newlines))
with open('nl.txt', newline='') as f:
    f.read()
    print(f.newlines)
f = open('nl.txt')
f.reconfigure(newline='')
print(f.readlines())
f.close()
import time
print(ascii(time.strftime('\udcff%Y\ud800', (2024,1,1,0,0,0,0,1,0))))
print(ascii(time.strftime('%d\udc80', (2024,1,1,0,0,0,0,1,0))))

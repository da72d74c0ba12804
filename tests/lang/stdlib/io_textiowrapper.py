# io.TextIOWrapper over binary buffers: decoding, newline modes, line iteration, writing.
import io

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

data = b'one\r\ntwo\rthree\nfour'
for nl in (None, '', '\n', '\r', '\r\n'):
    w = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8', newline=nl)
    print(repr(nl), list(w), w.newlines)
    w = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8', newline=nl)
    print(repr(nl), repr(w.read()), w.newlines)

w = io.TextIOWrapper(io.BytesIO('héllo wörld\nzwei €\n'.encode('utf-8')), encoding='utf-8')
print(repr(w.read(3)), repr(w.read(4)), repr(w.readline()), repr(w.readline(3)), repr(w.readline()), repr(w.read()))
print(w.encoding, w.errors, w.line_buffering, w.write_through, w.closed, repr(w))
print(isinstance(w, io.TextIOBase), isinstance(w, io.TextIOWrapper), isinstance(w, io.IOBase))
big = ('x' * 5000 + '\n') * 5 + 'é' * 9000
w = io.TextIOWrapper(io.BytesIO(big.encode('utf-8')), encoding='utf-8')
lines = w.readlines()
print(len(lines), [len(l) for l in lines])
w = io.TextIOWrapper(io.BytesIO(big.encode('utf-8')), encoding='utf-8')
print(w.read() == big)
w = io.TextIOWrapper(io.BytesIO('\u00e9\u00e8'.encode('latin-1')), encoding='latin-1')
print(repr(w.read()))
w = io.TextIOWrapper(io.BytesIO(b'\xff\xfeabc'), encoding='utf-8')
show(w.read)
w = io.TextIOWrapper(io.BytesIO(b'a\xffb'), encoding='utf-8', errors='replace')
print(repr(w.read()))

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8')
print(w.write('line1\n'), w.write('ünï\n'))
w.flush()
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
w.write('a\nb\n')
w.flush()
print(b.getvalue())
show(w.write, b'bytes')
d = w.detach()
print(d is b)
show(w.read)
show(lambda: w.buffer)
show(w.detach)

b = io.BytesIO(b'abc\ndef\n')
w = io.TextIOWrapper(b, encoding='ascii')
print(repr(w.readline()), w.tell())
w.seek(0)
print(repr(w.read()))
w.close()
print(w.closed, b.closed)
show(w.read)
show(w.write, 'x')

show(io.TextIOWrapper, io.BytesIO(), encoding='utf-8', newline='x')
show(io.TextIOWrapper, io.BytesIO(), encoding='nope')
show(io.TextIOWrapper, io.BytesIO(), encoding=5)
w = io.TextIOWrapper(io.BytesIO(), encoding='utf8')
print(w.encoding)
w.reconfigure(encoding='latin-1', newline='\r')
print(w.encoding, w.errors)
w.write('é\n')
w.flush()
print(w.buffer.getvalue())

# over real files and the standard output's buffer
import sys, os
path = 'io_textiowrapper_tmp.txt'
with open(path, 'wb') as f:
    w = io.TextIOWrapper(f, encoding='utf-8')
    w.write('first ✓\nsecond\n')
    w.flush()
with io.TextIOWrapper(open(path, 'rb'), encoding='utf-8') as w:
    print(w.name == path, [l for l in w])
print(w.closed)
os.remove(path)
print('before', flush=True)
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
out.write('through the wrapper\n')
out.detach()
print('after')

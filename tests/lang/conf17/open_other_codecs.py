# not in the image: files (tempfile, open)
# open() in text mode with codecs beyond utf-8/ascii/latin-1 (utf-8-sig, cp1252, utf-16/32, iso-8859-15...) reads and writes through a TextIOWrapper as CPython; non-text codecs are refused
import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
for enc in ('utf-8', 'utf-8-sig', 'latin-1', 'cp1252', 'utf-16', 'utf-16-le', 'ascii', 'iso-8859-15', 'cp437', 'utf-32'):
    try:
        with open(p, 'w', encoding=enc) as f:
            print(f.encoding, end=' ')
            f.write('héllo\nwörld €\n' if enc not in ('ascii', 'latin-1', 'cp437') else 'hello\nworld\n')
        raw = open(p, 'rb').read()
        with open(p, encoding=enc) as f:
            lines = f.readlines()
        with open(p, encoding=enc) as f:
            first = f.read(3); rest = f.read()
        print(enc, len(raw), raw[:6], lines, first, len(rest))
    except Exception as e:
        print(enc, type(e).__name__, e)
with open(p, 'w', encoding='utf-8', errors='strict') as f:
    f.write('a\udc80b') if False else None
with open(p, 'wb') as f:
    f.write(b'caf\xe9\n\xff\xfe')
for errs in ('strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace'):
    try:
        with open(p, encoding='utf-8', errors=errs) as f:
            print(errs, ascii(f.read()))
    except Exception as e:
        print(errs, type(e).__name__, e)
with open(p, 'a', encoding='utf-8', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(p, 'rb').read(), open(p, newline='', errors='replace').read().encode())
os.remove(p); os.rmdir(d)
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'g.txt')
f = open(p, 'w', encoding='cp1252')
print(repr(f).replace(d, 'D'), f.mode, f.encoding, f.errors, f.line_buffering, f.name == p, type(f).__name__, f.writable(), f.readable())
f.write('a€\n')
f.close()
try:
    open(p, 'w', encoding='nope')
except LookupError as e:
    print('LookupError', e)
try:
    open(p, encoding='rot13').read()
except LookupError as e:
    print('LookupError', e)
with open(p, 'r+', encoding='utf-16') as f:
    f.write('xyz')
    f.seek(0)
    print(f.read())
with open(p, 'a', encoding='utf-8-sig') as f:
    f.write('more')
print(open(p, 'rb').read())
with open(p, encoding='cp1252', errors='replace', newline='') as f:
    print(ascii(f.read()))
import io
print(isinstance(open(p, encoding='cp1252'), io.TextIOWrapper), isinstance(open(p, encoding='cp1252'), io.TextIOBase))
for line in open(p, encoding='latin-1'):
    print(ascii(line))
os.remove(p); os.rmdir(d)

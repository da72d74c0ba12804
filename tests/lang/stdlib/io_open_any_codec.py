import io, os
import tempfile
fn = os.path.join(tempfile.mkdtemp(), 'openenc.txt')
for enc in ['utf-16', 'utf-16-le', 'utf-32', 'cp437', 'cp1252', 'utf-8-sig', 'mac-roman', 'iso8859_15', 'utf-7']:
    with open(fn, 'w', encoding=enc) as f:
        print(type(f).__name__, f.name == fn, f.mode, f.encoding, f.errors)
        f.write('héllo\nwörld\r\nend')
    with open(fn, 'rb') as f:
        print(enc, f.read())
    with open(fn, encoding=enc) as f:
        print(f.readline(), f.read().split('\n'))
    with open(fn, encoding=enc, newline='') as f:
        print(list(f))
    with open(fn, 'a', encoding=enc) as f:
        f.write('+more')
    with open(fn, 'r+', encoding=enc) as f:
        print(repr(f.read()))
with open(fn, 'w', encoding='cp437', errors='replace') as f:
    f.write('a\u20acb')
print(open(fn, 'rb').read())
with open(fn, 'w', encoding='cp437') as f:
    try:
        f.write('a\u20acb')
    except UnicodeEncodeError as e:
        print('UEE', e)
try:
    open(fn, 'w', encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    open(os.path.join(os.path.dirname(fn), "no", "x"), 'w', encoding='no-such-codec')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(fn, 'rb', encoding='cp437')
except ValueError as e:
    print('ValueError', e)
with open(fn, 'w', encoding='utf-16', buffering=1) as f:
    print(f.line_buffering)
with open(fn, 'wt', encoding='cp1252') as f:
    print(f.mode, f.buffer.mode)
with open(fn, 'w', encoding='cp1252', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(fn, 'rb').read())
fd = os.open(fn, os.O_RDONLY)
with open(fd, encoding='cp1252') as f:
    print(repr(f.read()))
os.remove(fn)
os.rmdir(os.path.dirname(fn))

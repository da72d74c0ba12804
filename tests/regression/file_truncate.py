# files from open() had no truncate() (AttributeError); it must cut or extend the file, keep the position (text: keep its read-ahead) and refuse read-only files as CPython
import os
p = 'file_truncate.tmp'
def t(label, fn):
    try: print(label, repr(fn()))
    except Exception as e: print(label, type(e).__name__, e)
for mode in ['r', 'rb', 'r+', 'rb+', 'w', 'wb', 'a', 'ab+', 'w+']:
    with open(p, 'w') as f: f.write('hello\nworld\n')
    f = open(p, mode)
    if 'r' in mode or '+' in mode: t(mode+' read3', lambda: f.read(3))
    t(mode+' trunc None', f.truncate)
    t(mode+' tell', f.tell)
    t(mode+' trunc 8', lambda: f.truncate(8))
    t(mode+' trunc 20', lambda: f.truncate(20))
    t(mode+' trunc -1', lambda: f.truncate(-1))
    t(mode+' trunc big', lambda: f.truncate(2**63))
    t(mode+' trunc huge', lambda: f.truncate(2**70))
    t(mode+' trunc str', lambda: f.truncate('1'))
    t(mode+' trunc float', lambda: f.truncate(1.0))
    t(mode+' trunc 2args', lambda: f.truncate(1, 2))
    t(mode+' tell', f.tell)
    if 'w' in mode or 'a' in mode or '+' in mode: t(mode+' write', lambda: f.write(b'Z' if 'b' in mode else 'Z'))
    t(mode+' trunc 5', lambda: f.truncate(5))
    if 'r' in mode or '+' in mode: t(mode+' read', f.read)
    f.close()
    t(mode+' content', lambda: open(p,'rb').read())
    t(mode+' closed', lambda: f.truncate(0))
f = open(p, 'w+'); f.write('abc\ndef\n'); f.seek(0); next(f)
t('text iter trunc', f.truncate); t('text iter trunc 2', lambda: f.truncate(2)); f.close()
os.remove(p)

for m in ['rb+', 'r+']:
    open(p,'w').write('hello world\n')
    f=open(p,m); print(f.read(1), f.truncate(2), f.tell(), f.read(), f.tell()); f.close()
    print(open(p,'rb').read())
os.remove(p)

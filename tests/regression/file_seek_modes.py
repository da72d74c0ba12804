# seek/tell on host files: a text write after a read left the stale read-ahead (wrong tell and later reads), append mode started at 0, a failed seek on a read-to-end file moved it to 0, bytes/PathLike names could not seek back after EOF, tell() during next() was allowed, and offset/whence overflow raised the wrong errors
import os, pathlib
p = 'file_seek_modes.tmp'
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
def reset():
    with open(p, 'w') as f:
        f.write('hello\nworld\n')
for mode in ['r+', 'a+', 'rb+']:
    reset()
    f = open(p, mode)
    t(mode + ' tell0', f.tell)
    t(mode + ' seek3', lambda: f.seek(3))
    t(mode + ' read2', lambda: f.read(2))
    t(mode + ' write', lambda: f.write(b'XY' if 'b' in mode else 'XY'))
    t(mode + ' tell', f.tell)
    t(mode + ' read', f.read)
    f.close()
    t(mode + ' content', lambda: open(p, 'rb').read())
for mode in ['a', 'ab']:
    reset()
    f = open(p, mode)
    t(mode + ' tell0', f.tell)
    f.close()
reset()
f = open(p)
t('read', f.read)
t('seek huge', lambda: f.seek(2**63 - 1))
t('tell after failed seek', f.tell)
t('read after failed seek', f.read)
f.close()
for name in [p.encode(), pathlib.Path(p)]:
    f = open(name)
    t('drained', f.read)
    t('seek0', lambda: f.seek(0))
    t('again', f.readline)
    f.close()
f = open(p)
t('next', lambda: next(f))
t('tell in loop', f.tell)
t('seek cur in loop', lambda: f.seek(0, 1))
t('seek0', lambda: f.seek(0))
t('tell after seek', f.tell)
t('list', lambda: list(f))
t('tell at end', f.tell)
f.close()
f = open(p, 'rb')
t('bnext', lambda: next(f))
t('btell', f.tell)
for a in [(2**64,), (-2**63 - 1,), (0, 2**31), (0, -1), (0, 5)]:
    t('rb seek%r' % (a,), lambda: f.seek(*a))
f.close()
f = open(p)
for a in [(-2**63 - 1,), (2**200,), (0, 2**31), (0, -1), (-1,)]:
    t('r seek%r' % (a,), lambda: f.seek(*a))
f.close()
os.remove(p)

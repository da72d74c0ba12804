# Binary write() and BytesIO(initial) take bytes, bytearray and C-contiguous memoryviews;
# a strided memoryview is a BufferError and a released one a ValueError (as in CPython),
# never its gathered bytes.
import io
import os


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b'abcdef')
released = memoryview(b'xyz')
released.release()
b = io.BytesIO()
t('mv', lambda: b.write(memoryview(ba)))
t('mv slice', lambda: b.write(memoryview(ba)[1:3]))
t('mv step', lambda: b.write(memoryview(ba)[::2]))
t('mv reversed', lambda: b.write(memoryview(ba)[::-1]))
t('mv one item strided', lambda: b.write(memoryview(ba)[::10]))
t('mv empty strided', lambda: b.write(memoryview(ba)[5:1:2]))
t('released', lambda: b.write(released))
t('str', lambda: b.write('s'))
t('value', lambda: b.getvalue())
t('init slice', lambda: io.BytesIO(memoryview(b'hello')[1:]).getvalue())
t('init step', lambda: io.BytesIO(memoryview(b'hello')[::2]))
t('init released', lambda: io.BytesIO(released))
t('init int', lambda: io.BytesIO(3))
g = io.BytesIO(b'abc')
t('getbuffer', lambda: bytes(g.getbuffer()))
t('getbuffer arg', lambda: g.getbuffer(1))
path = 'io_write_memoryview_contiguous.tmp'
with open(path, 'wb') as f:
    t('file mv', lambda: f.write(memoryview(b'abc')[1:]))
    t('file mv step', lambda: f.write(memoryview(b'abcdef')[::2]))
    t('file released', lambda: f.write(released))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)

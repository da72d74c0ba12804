# Review fixes: a view held in a __slots__ attribute blocks resizing; BytesIO.__init__
# with a getbuffer() view alive raises BufferError
import io


class S:
    __slots__ = ('m',)


b = bytearray(b'abc')
s = S()
s.m = memoryview(b)
try:
    b.append(1)
    print("append ok", len(b))
except BufferError as e:
    print("BufferError", e)
s.m.release()
b.append(1)
print(len(b))

f = io.BytesIO(b'hello')
v = f.getbuffer()
try:
    f.__init__(b'xy')
    print("init ok", f.getvalue())
except BufferError as e:
    print("BufferError", e)
v.release()
f.__init__(b'xy')
print(f.getvalue())

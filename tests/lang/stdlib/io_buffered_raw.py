# io.BufferedReader / BufferedWriter over a user raw stream; BytesIO.getbuffer and
# writing memoryviews to binary streams.
import io


class Raw(io.RawIOBase):
    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.reads = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        self.reads += 1
        chunk = self.data[self.pos:self.pos + min(len(b), 5)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

    def write(self, b):
        b = bytes(b)[:3]  # partial writes
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = pos if whence == 0 else self.pos + pos if whence == 1 else len(self.data) + pos
        return self.pos

    def tell(self):
        return self.pos


r = io.BufferedReader(Raw(b'line one\nline two\nthird'), buffer_size=4)
print(r.read(3), r.peek()[:1], r.read1(2), r.tell(), r.readline(), list(r), r.read(), r.read(5))
r.seek(5)
print(r.read(3), r.tell(), r.seekable(), r.readable(), r.writable(), isinstance(r, io.BufferedIOBase))
buf = bytearray(4)
r.seek(0)
print(r.readinto(buf), buf, r.raw.reads > 0, r.closed)
r.close()
print(r.closed)
try:
    r.read()
except ValueError as e:
    print(e)
raw = Raw()
w = io.BufferedWriter(raw, buffer_size=8)
print(w.write(b'abc'), w.write(memoryview(b'defghij')), bytes(raw.data), w.tell())
w.write(b'k')
w.flush()
print(bytes(raw.data), w.tell())
w.seek(0)
w.write(b'XY')
d = w.detach()
print(d is raw, bytes(raw.data))
try:
    w.write(b'z')
except ValueError as e:
    print(e)
for bad in (lambda: io.BufferedReader(Raw(), buffer_size=0),
            lambda: io.BufferedWriter(io.BufferedReader(Raw()))):
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)


class RO(io.RawIOBase):
    def readable(self):
        return True


try:
    io.BufferedWriter(RO())
except OSError as e:
    print(e)
b = io.BytesIO(b'hello')
v = b.getbuffer()
print(len(v), bytes(v[1:3]), v[0], v.nbytes, v.tobytes())
v.release()
b.write(memoryview(b'XYZ'))
print(b.getvalue(), io.BytesIO(memoryview(b'init')).getvalue())

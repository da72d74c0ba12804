# BufferedReader/BufferedWriter over hostile or non-blocking raw streams: None from a
# non-blocking raw, bad size arguments, invalid lengths from raw write(), closed/detached raw.
import io
class Raw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def readable(self): return True
    def writable(self): return True
    def readinto(self, b):
        if not self.chunks: return 0
        c = self.chunks.pop(0)
        if c is None: return None
        b[:len(c)] = c
        return len(c)
    def write(self, b):
        c = self.chunks.pop(0) if self.chunks else len(b)
        return c
r = io.BufferedReader(Raw([None]))
print('nb read', r.read(), )
r = io.BufferedReader(Raw([b'ab', None, b'cd']))
print('nb read2', r.read())
r = io.BufferedReader(Raw([None]))
print('nb read5', r.read(5))
r = io.BufferedReader(Raw([None]))
print('nb read1', r.read1(5))
r = io.BufferedReader(Raw([None]))
print('nb peek', r.peek())
r = io.BufferedReader(Raw([b'abc', b'def']))
print(r.read(0), r.read(-1))
r = io.BufferedReader(Raw([b'abc', b'def']))
print(r.read1(0), r.read1(), r.peek(1), r.read1(-1))
r = io.BufferedReader(Raw([b'abcdefgh']))
b = bytearray(3); print(r.readinto(b), b, r.readinto1(b), b)
for sz in (-2, 'x', 1.5):
    r = io.BufferedReader(Raw([b'abc']))
    try: print(r.read(sz))
    except Exception as e: print(type(e).__name__, e)
for n in (-1, 100, 'x'):
    w = io.BufferedWriter(Raw([n]), 4)
    w.write(b'abc')
    try: w.flush(); print('flushed', n)
    except Exception as e: print(type(e).__name__, e)
w = io.BufferedWriter(Raw([None]), 4)
w.write(b'abc')
try: w.flush()
except Exception as e: print(type(e).__name__)
class C(io.RawIOBase):
    def readable(self): return True
    def readinto(self, b): return 0
c = C(); c.close()
r = io.BufferedReader(c)
print(r.closed)
try: r.read()
except Exception as e: print(type(e).__name__, e)
try: r.peek()
except Exception as e: print(type(e).__name__, e)
try: r.read1()
except Exception as e: print(type(e).__name__, e)
r.close(); print('closed ok')
print(repr(io.BufferedReader(C())))
r = io.BufferedReader(C()); r.detach()
for op in ('read', 'peek', 'tell', 'close'):
    try: getattr(r, op)(); print(op,'ok')
    except Exception as e: print(op, type(e).__name__, e)
try: print(r.closed)
except Exception as e: print(type(e).__name__, e)
try: print(repr(r))
except Exception as e: print(type(e).__name__, e)
w = io.BufferedWriter(Raw([]), 64)
for obj in (5, [1, 2], 'str', None, memoryview(b'xyz')[1:], bytearray(b'q')):
    try:
        print(w.write(obj))
    except TypeError as e:
        print(type(e).__name__, e)

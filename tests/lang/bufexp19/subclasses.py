# Subclasses of array.array, io.BytesIO and bytearray (also behind another base) keep
# their base's export check.
import array, io
class A(array.array): pass
a = A('b', b'x')
m = memoryview(a)
try:
    a.append(1); print("ok")
except BufferError as e: print("BufferError", e)
m = None
a.append(1); print(a)
class B(io.BytesIO): pass
f = B(b"abc")
v = f.getbuffer()
try:
    f.write(b"x"); print("ok")
except BufferError as e: print("BufferError", e)
del v
f.write(b"x"); print(f.getvalue())
class C: pass
class D(C, bytearray): pass
d = D(b"q")
m = memoryview(d)
try:
    d.extend(b"x"); print("ok")
except BufferError as e: print("BufferError", e)
m.release()
d.extend(b"x"); print(d)

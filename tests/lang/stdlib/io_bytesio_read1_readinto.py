# io.BytesIO.read1 and readinto (into bytearray and memoryview targets).
import io

b = io.BytesIO(b"abcdef")
print(b.read1(2), b.read1(), b.read1(), b.read1(-1))
b = io.BytesIO(b"xyz")
ba = bytearray(2)
print(b.readinto(ba), ba, b.readinto(ba), ba, b.readinto(ba))
m = memoryview(bytearray(5))
print(io.BytesIO(b"hey").readinto(m), bytes(m))
for bad in (b'ab', 'ab'):
    try:
        io.BytesIO(b'x').readinto(bad)
    except TypeError as e:
        print(type(e).__name__, e)
c = io.BytesIO(b'q')
c.close()
for f in (c.read1, lambda: c.readinto(bytearray(1))):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)

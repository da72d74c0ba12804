# Views the program no longer reaches do not block resizing.
import array

def tryit(label, f):
    try:
        f()
        print(label, "ok")
    except BufferError as e:
        print(label, "BufferError", e)

b = bytearray(b"abc")
print(bytes(memoryview(b)))
tryit("temp bytes()", lambda: b.append(1))
print(memoryview(b)[0], memoryview(b)[1:2].tobytes())
tryit("temp index", lambda: b.extend(b"xy"))
m = memoryview(b)
tryit("held", lambda: b.append(2))
m = None
tryit("m = None", lambda: b.append(2))
m = memoryview(b)
del m
tryit("del m", lambda: b.append(3))

def make_view(x):
    v = memoryview(x)
    return v[0]

print(make_view(b))
tryit("in function", lambda: b.pop())

def make_and_keep(x):
    return memoryview(x)

k = make_and_keep(b)
tryit("returned view held", lambda: b.pop())
k = 0
tryit("returned view dropped", lambda: b.pop())

a = array.array("i", [1, 2, 3])
print(bytes(memoryview(a)), memoryview(a).tolist(), len(memoryview(a).cast("B")))
tryit("array temp", lambda: a.append(4))
m = memoryview(a)
tryit("array held", lambda: a.append(5))
m = None
tryit("array dropped", lambda: a.append(5))
print(a)

for i in range(50):
    bytes(memoryview(b)[1:])
    b.append(i & 0xff)
print(len(b))

views = [memoryview(b) for i in range(3)]
tryit("list of views", lambda: b.append(0))
views.clear()
tryit("list cleared", lambda: b.append(0))
print(len(b), b[-3:])

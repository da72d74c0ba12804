# Slice assignment (and extend, +=, insert) of a sequence to itself, including extended
# slices and deletion; the source must be snapshotted before the target changes.

def report(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

l = [1, 2, 3, 4, 5]
l[:] = l
print(l)
l[1:3] = l
print(l)
l[len(l):] = l
print(l)
l[:0] = l
print(len(l), l[:12])
l = [1, 2, 3, 4, 5]
l[::2] = l[:3]
print(l)
def ext():
    m = [1, 2, 3, 4]
    m[::2] = m
    return m
report("extended slice self", ext)
m = [1, 2, 3, 4]
m[::-1] = m
print(m)
m = [1, 2, 3, 4, 5, 6]
m[1::2] = m[::2]
print(m)
m = list(range(10))
del m[::3]
print(m)
del m[::-1]
print(m)
m = list(range(10))
m.extend(m)
print(m)
m += m
print(len(m))
m = [1, 2]
m *= 3
print(m)
m = [1, 2, 3]
m[1:2] = iter(m)
print(m)
b = bytearray(b"abcdef")
b[:] = b
print(b)
b[2:4] = b
print(b)
b[::2] = b[1::2]
print(b)
b.extend(b)
print(b)
def iadd_self():
    global b
    b += b
    return len(b)
report("b += b", iadd_self)
a = list(range(5))
a[1:4] = a[::-1]
print(a)
a = list(range(5))
a[3:1] = a
print(a)
a = list(range(5))
a[-100:100] = a
print(a)
a.insert(-100, a)
print(len(a), a[0] is a)

# Every resizing bytearray operation refuses while a memoryview exports it, and works
# once every export is released.

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except BufferError as e:
        print(label, "BufferError:", e)
    except Exception as e:
        print(label, type(e).__name__, e)

def ops(b):
    def setslice_longer():
        b[0:1] = b"xyz"
    def setslice_shorter():
        b[0:2] = b"q"
    def setslice_same():
        b[0:2] = b"QR"
    def delslice():
        del b[0:1]
    def delitem():
        del b[0]
    def delstep():
        del b[::2]
    def iadd():
        nonlocal b
        b += b"!"
    def iadd_empty():
        nonlocal b
        b += b""
    def imul():
        nonlocal b
        b *= 2
    def imul_one():
        nonlocal b
        b *= 1
    def init():
        b.__init__(b"new contents")
    def setitem():
        b[0] = 90
    return [
        ("append", lambda: b.append(1)),
        ("extend", lambda: b.extend(b"de")),
        ("extend empty", lambda: b.extend(b"")),
        ("insert", lambda: b.insert(0, 65)),
        ("pop", lambda: b.pop()),
        ("remove", lambda: b.remove(b[0])),
        ("clear", lambda: b.clear()),
        ("setslice longer", setslice_longer),
        ("setslice shorter", setslice_shorter),
        ("setslice same length", setslice_same),
        ("setitem", setitem),
        ("del slice", delslice),
        ("del item", delitem),
        ("del extended slice", delstep),
        ("+=", iadd),
        ("+= empty", iadd_empty),
        ("*=", imul),
        ("*= 1", imul_one),
        ("__init__", init),
        ("reverse", lambda: b.reverse()),
    ]

b = bytearray(b"abcdefgh")
m = memoryview(b)
for label, fn in ops(b):
    attempt(label, fn)
print(b, len(m), m.tobytes())

m.release()
for label, fn in ops(b):
    attempt("released " + label, fn)
print(b)

b = bytearray(b"hello world")
with memoryview(b) as v:
    attempt("in with", lambda: b.append(33))
    v[0] = ord("H")
    v[6:11] = b"WORLD"
print(b)
attempt("after with", lambda: b.append(33))
print(b)

# views of views each hold the export
b = bytearray(b"0123456789")
m = memoryview(b)
s = m[2:8]
c = m.cast("c")
mm = memoryview(m)
m.release()
attempt("slice, cast, copy alive", lambda: b.append(1))
s.release()
attempt("cast, copy alive", lambda: b.append(1))
c.release()
attempt("copy alive", lambda: b.append(1))
mm.release()
attempt("all released", lambda: b.append(1))
print(b)

# a slice made from a released view's sibling
m = memoryview(b)
s = m[::2]
del m
attempt("strided slice alive", lambda: b.pop())
s[0] = ord("Z")
del s
attempt("strided slice deleted", lambda: b.pop())
print(b)

# x += x exports x while resizing it
x = bytearray(b"ab")
attempt("x += x", lambda: x.__iadd__(x))
print(x)

# a view held in a container blocks until removed
b = bytearray(b"data")
views = {"v": memoryview(b)}
attempt("view in dict", lambda: b.append(1))
views.clear()
attempt("dict cleared", lambda: b.append(1))
print(b)

class Holder:
    pass

h = Holder()
h.view = memoryview(b)
attempt("view as attribute", lambda: b.append(2))
h.view.release()
attempt("attribute released", lambda: b.append(2))
print(b)

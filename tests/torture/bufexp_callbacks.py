# Resizing an exported buffer from inside callbacks (__index__, __eq__, iterators,
# generators, __del__-free): BufferError while the view is held, never a stray access,
# and the object unchanged by the refused operation.
import array
import io

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except BufferError as e:
        print(label, "BufferError:", e)
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray(b"abcdef")
m = memoryview(b)

class Grow:
    def __index__(self):
        attempt("  resize in __index__", lambda: b.extend(b"XYZ"))
        return 66

m[0] = Grow()
attempt("slice assign with __index__ item", lambda: m.__setitem__(slice(1, 2), bytes([Grow()])))
print(b)

def gen_resizing():
    yield 1
    attempt("  resize inside extend's iterator", lambda: b.append(2))
    yield 3

m.release()
b.extend(gen_resizing())
print(b)

# a generator holding a view while the consumer resizes
def viewer(x):
    v = memoryview(x)
    yield v[0]
    yield v[1]

g = viewer(b)
print(next(g))
attempt("resize while generator frame is suspended", lambda: b.append(9))
g.close()
attempt("resize after generator closed", lambda: b.append(10))
print(len(b))

a = array.array("i", [1, 2, 3, 4])

class Eq:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        with memoryview(a) as v:
            attempt("  resize in __eq__ while exported", lambda: a.append(5))
        return other == self.target

attempt("remove with __eq__", lambda: a.remove(Eq(3)))
print(a)

class Item:
    def __index__(self):
        held.append(memoryview(a))
        return 7

held = []
attempt("insert whose item exports the array", lambda: a.insert(0, Item()))
attempt("append whose item exports the array", lambda: a.append(Item()))
print(a, len(held))
held.clear()
attempt("append once the views are gone", lambda: a.append(Item()))
print(a)
held.clear()

def feed():
    with memoryview(a) as v:
        yield v[0]
    yield 100

attempt("extend from a generator exporting the array", lambda: a.extend(feed()))
print(a)

f = io.BytesIO(b"stream")

class Chunks:
    def __iter__(self):
        self.view = f.getbuffer()
        yield b"1"
    def drop(self):
        del self.view

c = Chunks()
attempt("writelines exporting inside its iterator", lambda: f.writelines(c))
c.drop()
attempt("writelines after drop", lambda: f.writelines([b"2"]))
print(f.getvalue())

for i in range(200):
    bb = bytearray(i.to_bytes(2, "little"))
    total = sum(memoryview(bb)) + len(memoryview(bb)[1:])
    bb.extend(bytes(memoryview(bb)))
    bb += memoryview(bb)[:1].tobytes()
print(total, bb)

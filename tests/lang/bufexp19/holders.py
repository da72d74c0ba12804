# A view held by an instance attribute, a dict value, a list inside a list, a closure
# cell, a suspended generator or a local of a caller blocks resizing; once dropped or
# released it no longer does.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except BufferError as e:
        print(label, "BufferError", e)

b = bytearray(b"data")

class Holder:
    def __init__(self, x):
        self.view = memoryview(x)
    def grow(self):
        b.append(1)

h = Holder(b)
attempt("instance attribute", h.grow)
h.view.release()
attempt("attribute released", h.grow)
h.view = memoryview(b)[1:]
attempt("attribute slice", h.grow)
del h.view
attempt("attribute deleted", h.grow)

d = {"a": 1, "v": memoryview(b)}
attempt("dict value", lambda: b.append(2))
d["v"] = None
attempt("dict value replaced", lambda: b.append(2))

nested = [[0, memoryview(b).cast("c")]]
attempt("list in list", lambda: b.extend(b"xy"))
nested[0].pop()
attempt("inner list popped", lambda: b.extend(b"xy"))

def closure():
    v = memoryview(b)
    def inner():
        return v[0]
    return inner

f = closure()
attempt("closure cell", lambda: b.pop())
f = None
attempt("closure dropped", lambda: b.pop())

def gen():
    v = memoryview(b)
    yield v[0]
    v.release()
    yield 0

g = gen()
next(g)
attempt("suspended generator", lambda: b.insert(0, 65))
next(g)
attempt("generator released its view", lambda: b.insert(0, 65))

def outer():
    v = memoryview(b)
    attempt("caller's local", lambda: b.remove(65))
    v = None
    attempt("caller's local dropped", lambda: b.remove(65))

outer()
with memoryview(b) as m:
    attempt("inside with", lambda: b.clear())
attempt("after with", lambda: b.clear())
print(b)

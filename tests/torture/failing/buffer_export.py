# Resizing a bytearray while a memoryview exports it must raise BufferError; after the
# view is released it may grow again; assigning a view of itself snapshots first.
# Fails on safepy by design: without reference counting a view dropped without release()
# looks like a live one until a collection, so an export cannot lock the bytearray (an
# error depending on when the collector last ran would be worse); instead a view whose
# exporter was resized under it raises BufferError when used (tests/regression/
# memoryview_typed_hostile.py). Kept here as the record of the difference.

def report(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray(b"abcdef")
b[1:3] = memoryview(b"xy")
print(b)
def mv_resize():
    c = bytearray(b"hello")
    v = memoryview(c)
    c.extend(b"world")
report("resize while exported", mv_resize)
def mv_resize2():
    c = bytearray(b"hello")
    v = memoryview(c)
    c[1:] = b""
report("shrink while exported", mv_resize2)
def mv_ok():
    c = bytearray(b"hello")
    with memoryview(c) as v:
        v[0] = ord("j")
    c.extend(b"!")
    return c
report("resize after release", mv_ok)
def mv_self():
    c = bytearray(b"hello")
    v = memoryview(c)
    c[:] = v
    return c
report("assign own view same size", mv_self)
def mv_self_grow():
    c = bytearray(b"hello")
    v = memoryview(c)
    c[1:2] = v
    return c
report("assign own view grow", mv_self_grow)

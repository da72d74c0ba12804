# Every resizing array.array operation refuses while a memoryview exports it (CPython's
# message), works once every export is released; writes through the view show.
import array

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except BufferError as e:
        print(label, "BufferError:", e)
    except Exception as e:
        print(label, type(e).__name__, e)

def ops(a, tc):
    other = array.array(tc, [7, 8]) if tc != "u" else array.array("u", "xy")
    empty = array.array(tc)
    item = a[0]
    def setslice_longer():
        a[0:1] = other
    def setslice_same():
        a[0:2] = other
    def setslice_step():
        a[::2] = array.array(tc, a[::2])
    def delslice():
        del a[0:1]
    def delitem():
        del a[0]
    def delstep():
        del a[::2]
    def delempty():
        del a[3:1]
    def iadd():
        nonlocal a
        a += other
    def iadd_empty():
        nonlocal a
        a += empty
    def imul():
        nonlocal a
        a *= 2
    def imul_one():
        nonlocal a
        a *= 1
    def setitem():
        a[0] = item
    return [
        ("append", lambda: a.append(item)),
        ("append bad item", lambda: a.append("not an item" if tc != "u" else 5)),
        ("extend", lambda: a.extend(other)),
        ("extend iterable", lambda: a.extend(list(other))),
        ("extend empty", lambda: a.extend(empty)),
        ("insert", lambda: a.insert(0, item)),
        ("pop", lambda: a.pop()),
        ("remove", lambda: a.remove(item)),
        ("frombytes", lambda: a.frombytes(other.tobytes())),
        ("frombytes empty", lambda: a.frombytes(b"")),
        ("fromlist", lambda: a.fromlist(list(other))),
        ("fromlist empty", lambda: a.fromlist([])),
        ("setslice longer", setslice_longer),
        ("setslice same length", setslice_same),
        ("setslice extended", setslice_step),
        ("setitem", setitem),
        ("del slice", delslice),
        ("del item", delitem),
        ("del extended slice", delstep),
        ("del empty slice", delempty),
        ("+=", iadd),
        ("+= empty", iadd_empty),
        ("*=", imul),
        ("*= 1", imul_one),
        ("byteswap twice", lambda: (a.byteswap(), a.byteswap())),
        ("reverse", lambda: a.reverse()),
    ]

for tc, init in [("b", [1, 2, 3, 4]), ("i", [10, 20, 30, 40]), ("d", [1.5, 2.5, 3.5, 4.5]),
                 ("u", "abcd")]:
    a = array.array(tc, init)
    m = memoryview(a)
    for label, fn in ops(a, tc):
        attempt(tc + " " + label, fn)
    if tc == "u":
        attempt("u fromunicode", lambda: a.fromunicode("zz"))
        attempt("u fromunicode empty", lambda: a.fromunicode(""))
    print(a, m.tolist() if tc != "u" else len(m))
    m.release()
    for label, fn in ops(a, tc):
        attempt(tc + " released " + label, fn)
    if tc == "u":
        attempt("u released fromunicode", lambda: a.fromunicode("zz"))
    print(a)

a = array.array("i", [1, 2, 3])
with memoryview(a) as v:
    v[1] = 200
    attempt("in with", lambda: a.append(4))
print(a)
attempt("after with", lambda: a.append(4))

m = memoryview(a)
c = m.cast("B")
m.release()
attempt("cast alive", lambda: a.append(5))
c[0] = 9
del c
attempt("cast deleted", lambda: a.append(5))
print(a)

# temporaries and views made in a function that returned
print(bytes(memoryview(a))[:4], memoryview(a)[0], memoryview(a).tolist())
attempt("after temporaries", lambda: a.append(6))

def peek(x):
    view = memoryview(x)
    return view[-1]

print(peek(a))
attempt("after function", lambda: a.append(7))
print(a)

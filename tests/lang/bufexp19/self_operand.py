# An exported object as the operand of its own resize (+=, extend, frombytes), and views
# held by a for loop's iterator, refuse the resize as in CPython; empty operands do not.
import array

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray(b"ab")

def iadd(x):
    global b
    b += x

attempt("b += b", lambda: iadd(b))
attempt("b += memoryview(b)", lambda: iadd(memoryview(b)))
attempt("b += memoryview(b)[1:]", lambda: iadd(memoryview(b)[1:]))
attempt("b += memoryview(b)[:0]", lambda: iadd(memoryview(b)[:0]))
attempt("b += other view", lambda: iadd(memoryview(bytearray(b"zz"))))
attempt("b.extend(memoryview(b))", lambda: b.extend(memoryview(b)))
print(b)
e = bytearray()
e += e
print(e)

def loop_over_view():
    for x in memoryview(b)[:2]:
        b.append(x)

attempt("append while iterating a view", loop_over_view)

def loop_over_tuple():
    for v in (memoryview(b), 1):
        b.append(1)

attempt("append while a tuple iterator holds a view", loop_over_tuple)
attempt("append after the loops", lambda: b.append(7))
print(b)

a = array.array("b", b"xyz")
attempt("frombytes(a)", lambda: a.frombytes(a))
attempt("frombytes(memoryview(a))", lambda: a.frombytes(memoryview(a)))
attempt("frombytes(memoryview(bytes))", lambda: a.frombytes(memoryview(b"12")))
attempt("frombytes(bytearray)", lambda: a.frombytes(bytearray(b"3")))
attempt("frombytes(array b)", lambda: a.frombytes(array.array("b", [52])))
attempt("frombytes(array h)", lambda: a.frombytes(array.array("h", [1])))
attempt("frombytes(view h)", lambda: a.frombytes(memoryview(array.array("h", [1]))))
attempt("frombytes(strided)", lambda: a.frombytes(memoryview(b"abcd")[::2]))
attempt("frombytes(str)", lambda: a.frombytes("no"))
print(a)
z = array.array("b")
z.frombytes(z)
print(z)

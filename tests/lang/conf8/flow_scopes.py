def f1():
    try:
        return "try"
    finally:
        print("finally 1")
def f2():
    try:
        raise ValueError
    finally:
        return "finally swallows"
def f3():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    else:
        print("no else")
    return i
def f4():
    try:
        x = 1
    except Exception:
        print("no")
    else:
        print("else", x)
        return "from else"
    finally:
        print("finally 4")
print(f1(), f2(), f3(), f4())
for n in [7, 8, 9]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
while True:
    break
else:
    print("never")
funcs = [lambda: i for i in range(3)]
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], [f() for f in funcs2])
def make():
    acc = []
    for i in range(3):
        def g(): return i * 10
        acc.append(g)
    i = 100
    return acc
print([g() for g in make()])
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return inc, get
inc, get = counter(); inc(); inc(5); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
        yield "in finally"
g = gen_finally(); print(next(g))
try:
    g.close()
except RuntimeError as e: print(e)
def gen_exc():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    yield "after"
g = gen_exc(); next(g); print(g.throw(ValueError("boom")), next(g))
try: next(g)
except StopIteration: print("exhausted")
def gen_ret():
    x = yield
    return x * 2
g = gen_ret(); next(g)
try: g.send(21)
except StopIteration as e: print("returned", e.value)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try: list(stop_inside())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
g = (i for i in range(3)); next(g); g.close(); print(list(g))
def running():
    yield g2.gi_running
g2 = running(); print(next(g2), g2.gi_frame is not None, g2.gi_code.co_name)
def self_ref():
    yield next(g3)
g3 = self_ref()
try: next(g3)
except ValueError as e: print(e)
x = 0
def glob():
    global x
    x += 1
    def inner():
        return x
    return inner()
print(glob(), glob(), x)
def shadow():
    len = lambda s: 99
    return len("abc")
print(shadow(), len("abc"))
try:
    exec("def bad():\n    print(y)\n    global y\n")
except SyntaxError as e: print(e.msg)
try:
    exec("def bad2(a):\n    global a\n")
except SyntaxError as e: print(e.msg)
try:
    exec("nonlocal q")
except SyntaxError as e: print(e.msg)
try:
    exec("def o():\n    def i():\n        nonlocal zz\n")
except SyntaxError as e: print(e.msg)
try:
    exec("for x in []:\n    pass\nelse:\n    continue")
except SyntaxError as e: print(e.msg)
try:
    exec("def f():\n    yield 1\n    return 2\nclass C:\n    return 1")
except SyntaxError as e: print(e.msg)
try:
    exec("x = yield 1")
except SyntaxError as e: print(e.msg)
try:
    exec("async def f():\n    yield from []")
except SyntaxError as e: print(e.msg)
try:
    exec("def f():\n    x = [await y for y in z]")
except SyntaxError as e: print(e.msg)

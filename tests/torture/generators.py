# Generators re-entered while running (next/send/throw/close from inside themselves,
# from a __del__-free callback, from a key function), used after exhaustion or close,
# and yield inside cleanup blocks.

def report(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

def selfnext():
    yield next(g)
g = selfnext()
report("next inside itself", lambda: next(g))
report("after error", lambda: next(g))

def selfsend():
    yield g2.send(None)
g2 = selfsend()
report("send inside itself", lambda: next(g2))

def selfthrow():
    yield g3.throw(ValueError("x"))
g3 = selfthrow()
report("throw inside itself", lambda: next(g3))

def selfclose():
    g4.close()
    yield 1
g4 = selfclose()
report("close inside itself", lambda: next(g4))

def keyed():
    yield sorted([3, 1, 2], key=lambda x: next(g5))
g5 = keyed()
report("next from key function", lambda: next(g5))

def gen():
    yield 1
    yield 2
g6 = gen()
report("send non-None first", lambda: g6.send(5))
report("next", lambda: next(g6))
g6.close()
report("next after close", lambda: next(g6))
report("send after close", lambda: g6.send(1))
report("throw after close", lambda: g6.throw(KeyError("k")))

def catcher():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 2
g7 = catcher()
next(g7)
report("yield in GeneratorExit", lambda: g7.close())

def finally_yield():
    try:
        yield 1
    finally:
        yield 2
g8 = finally_yield()
next(g8)
report("yield in finally on close", lambda: g8.close())

def finally_raises():
    try:
        yield 1
    finally:
        raise KeyError("cleanup")
g9 = finally_raises()
next(g9)
report("raise in finally on close", lambda: g9.close())
g9b = finally_raises()
next(g9b)
report("throw then raise in finally", lambda: g9b.throw(ValueError("v")))

def delegating():
    r = yield from inner()
    yield r
def inner():
    x = yield "a"
    yield next(g10)
    return x
g10 = delegating()
report("yield from first", lambda: next(g10))
report("yield from re-enter", lambda: g10.send("b"))

def ret_gen():
    return 5
    yield
def stopper():
    try:
        next(iter([]))
    except StopIteration:
        pass
    yield 1
    raise StopIteration
report("StopIteration inside generator", lambda: list(stopper()))
report("return value", lambda: next(ret_gen()))

g11 = (x for x in range(3))
report("genexpr", lambda: list(g11))
report("exhausted", lambda: list(g11))
def gen_reentry_via_list():
    yield list(g12)
g12 = gen_reentry_via_list()
report("list() of running generator", lambda: next(g12))
def gen_frame():
    yield g13.gi_running
g13 = gen_frame()
report("gi_running", lambda: next(g13))
report("gi_running after", lambda: g13.gi_running)

def deep_yield_from(n):
    if n == 0:
        yield 1
    else:
        yield from deep_yield_from(n - 1)
try:
    print(list(deep_yield_from(5000)))
except RecursionError:
    print("deep yield from RecursionError")

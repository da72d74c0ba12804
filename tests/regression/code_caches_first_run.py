# Inline caches are made when a frame first runs a code object, not when it is verified
# (session 17): every way of running code must get them first.
import gc

class P:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

def attrs(objs):
    t = 0
    for o in objs:
        t += o.x
    return t

# first run after a collection emptied (or skipped) the caches
gc.collect()
print(attrs([P(i) for i in range(10)]))
gc.collect()
print(attrs([P(i) for i in range(10, 20)]))

# a generator made but first resumed later, and one never started
def gen(n):
    for i in range(n):
        yield i * len("ab")
g = gen(3)
unused = gen(5)
gc.collect()
print(list(g))

# code from compile(), run by exec and as a function
src = "def f(a, b=2):\n    return [a + b + i for i in range(3)]\nr = f(1)\n"
code = compile(src, "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["r"], ns["f"](5, b=0))
exec(code, ns)
print(ns["r"])

# a replaced code object and a function built from a code object
def k(x):
    return x.upper() + "!"
k2 = type(k)(k.__code__.replace(co_name="k2"), globals())
print(k("a"), k2("b"), k2.__code__.co_name)

# class bodies, comprehensions, lambdas, nested closures and methods called once
class C:
    vals = [i * i for i in range(4)]
    def m(self, y):
        return (lambda z: z + y)(1)
def outer():
    a = 10
    def inner():
        return a + 1
    return inner
print(C.vals, C().m(2), outer()())

# the first call fails: later calls still work
def boom(d):
    return d["missing"]
for i in range(2):
    try:
        boom({})
    except KeyError as e:
        print("KeyError", e)

# deep recursion from a function's very first call
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(300))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print("RecursionError")
print(forever.__name__, depth(5))

# async code run to completion by hand
async def co(v):
    return v * 2
c = co(21)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

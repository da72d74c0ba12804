# Frame switch reads nlocalsplus / frame size / consts / names cached by code_verify;
# small tuples built with a constant size; argument binding through views.
import types

# tuples of 0..5 items from BUILD_TUPLE and *args
def mk(*a):
    return a
x = 5
for t in [(), (x,), (x, x + 1), (x, x + 1, x + 2), (x, 1, 2, 3), (x, 1, 2, 3, 4)]:
    print(len(t), t, type(t) is tuple, t == tuple(list(t)), hash(t) == hash(tuple(list(t))))
for n in range(6):
    print(mk(*range(n)))
class T(tuple):
    pass
print(T((1, 2)), type(T((1, 2, 3))).__name__, T(()) == ())
pairs = [(i, (i, i * 2)) for i in range(3000)]
print(sum(a + b[1] for a, b in pairs), pairs[-1])

# keyword binding: defaults, keyword-only defaults, **kwargs, changed at run time
def f(a, b=2, *args, c=3, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1), f(1, 5, 6, 7, c=8, z=9), f(a=0, d=1), f(1, c=2, b=3, y=4, x=5))
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1), f(1, 2, d=0))
f.__kwdefaults__ = {"c": 31}
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
def g(p, /, q, *, r):
    return p, q, r
print(g(1, q=2, r=3), g(1, 2, r=3))
for call in [lambda: g(p=1, q=2, r=3), lambda: g(1, 2, 3), lambda: g(1, q=2, q2=3, r=1),
             lambda: g(1, 2, r=3, **{"q": 4})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# code objects replaced and recompiled: consts, names and local counts of the new code
def h(v):
    w = v + 1
    return ("A", w, len("xy"))
print(h(1))
h.__code__ = h.__code__.replace(co_consts=tuple("B" if c == "A" else c for c in h.__code__.co_consts))
print(h(1))
def k(v):
    return v * 2
k.__code__ = h.__code__
print(k(10))
code = compile("r = [q for q in range(4)]\ns = len(r) + m", "<x>", "exec")
ns = {"m": 100}
exec(code, ns)
print(ns["r"], ns["s"])
def rec(n, acc=()):
    return acc if n == 0 else rec(n - 1, acc + (n,))
print(rec(12))
def gen(n):
    t = (n, n)
    for i in range(n):
        yield t + (i,)
print(list(gen(3)))

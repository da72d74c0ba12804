# Making a generator: the exact-positional bind (parameters copied into fresh storage)
# and its fallbacks (keywords, defaults, *args, **kwargs, keyword-only), closures (free
# variables copied with their check) and cells (a parameter captured by an inner function).
import types

def g2(a, b):
    yield a
    yield b

print(list(g2(1, 2)), list(g2(b=4, a=3)), list(g2(5, b=6)))

def gd(a, b=10):
    yield a + b

print(list(gd(1)), list(gd(1, 2)), list(gd(a=7)))

def gv(a, *rest, **kw):
    yield a
    yield rest
    yield sorted(kw.items())

print(list(gv(1)), list(gv(1, 2, 3, x=4)))

def gk(a, *, k=5):
    yield a * k

print(list(gk(2)), list(gk(2, k=3)))

for bad in (lambda: g2(1), lambda: g2(1, 2, 3), lambda: g2(1, a=2), lambda: gk(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def outer(n):
    seen = []
    def place(row):
        if row == n:
            yield len(seen)
            return
        for c in range(2):
            seen.append(c)
            yield from place(row + 1)
            seen.pop()
    return place

print(sum(outer(4)(0)), list(outer(2)(0)))

def cellgen(x, y):
    def inner():
        return x + y
    yield inner()
    x = 100
    yield inner()

print(list(cellgen(1, 2)))

def nofree():
    yield 1

print(list(nofree()), list(nofree()))

# a closure tuple checked when the generator is made
place = outer(1)
code = place.__code__
cells = place.__closure__
f = types.FunctionType(code, globals(), "place", None, cells)
print(list(f(0)), list(f(1)))
for clo in ((1, 2), (1, 2, 3), cells[:1], None):
    try:
        types.FunctionType(code, globals(), "place", None, clo)
        print("made")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# many generators alive at once keep their own frames
gens = [g2(i, -i) for i in range(200)]
print(sum(next(g) for g in gens), sum(next(g) for g in gens))
gens = [gd(i) for i in range(50)]
print(sum(sum(g) for g in gens))

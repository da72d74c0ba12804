# range(n) of one argument (the small-int fast path of session 20) against the general
# constructor, and closure checks of functions built by hand.
import types

for n in (0, 1, 5, -3, 2**40, -(2**40), True, False):
    r = range(n)
    print(repr(r), len(r), list(r[:5]), r.start, r.stop, r.step, bool(r))
print(range(5) == range(0, 5, 1), hash(range(3)) == hash(range(0, 3)), range(0) == range(-4))
print(type(range(3).stop), type(range(True).stop), range(True).stop)

class I(int):
    pass

class Idx:
    def __index__(self):
        return 4

r = range(I(3))
print(r, type(r.stop).__name__, list(r))
print(range(Idx()), list(range(Idx())))
print(range(2**70)[2**69], len(range(2**60)))
for bad in (1.5, "3", None):
    try:
        range(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    range(3, step=1)
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)

print(reversed(range(4)).__class__.__name__, list(reversed(range(4))), 3 in range(4), range(4).index(2))
print(sum(range(100)), [i * i for i in range(6)])

def outer():
    x = 1
    y = 2
    def inner():
        return x + y
    return inner

f = outer()
print(f(), len(f.__closure__))

def gouter():
    a = [1, 2, 3]
    def g():
        yield from a
        yield len(a)
    return g

g = gouter()
print(list(g()), list(g()))

code = f.__code__
c1 = types.CellType(10)
c2 = types.CellType(20)
h = types.FunctionType(code, {}, "h", None, (c1, c2))
print(h())
for clo in (None, (c1,), (c1, c2, c1), (c1, 5), [c1, c2], "ab"):
    try:
        types.FunctionType(code, {}, "h", None, clo)
        print("made", clo)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    f.__code__ = (lambda: 0).__code__
except ValueError as e:
    print("ValueError", e)
c2.cell_contents = 100
print(h())
del c1.cell_contents
try:
    h()
except NameError as e:
    print("NameError", e)

# a generator closure called many times (the closure check runs per call)
def counter():
    total = [0]
    def gen(k):
        for i in range(k):
            total[0] += i
            yield i
    return gen, total
gen, total = counter()
for k in range(50):
    sum(gen(k))
print(total[0])

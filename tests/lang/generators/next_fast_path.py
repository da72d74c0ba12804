# __next__ of a suspended generator resumes it directly; the other states keep their
# answers: created, running (re-entered from inside), returning a value, exhausted,
# raising, closed, and iteration through sum/list/next with a default.
def g(n, ret=None):
    for i in range(n):
        yield i
    return ret

it = g(3, "done")
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
try:
    next(it)
except StopIteration as e:
    print("stop again", e.value)
print(sum(g(100)), list(g(4, 5)), next(g(0), "dflt"))

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
print(next(me, "exhausted"))

def boom():
    yield 1
    raise KeyError("k")
b = boom()
print(next(b))
try:
    next(b)
except KeyError as e:
    print("KeyError", e)
c = g(5)
print(next(c))
c.close()
print(next(c, "closed"))

def inner_stop():
    yield 1
    raise StopIteration("x")
try:
    list(inner_stop())
except RuntimeError as e:
    print(e, repr(e.__cause__))
print(sum(1 for ch in "Ünïcödé Straße" if ch.isalpha()), [x * 2 for x in g(3)])

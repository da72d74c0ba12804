# A suspended generator inside try/finally or with that becomes unreachable is closed:
# its finally blocks run, an exception there is reported as unraisable
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

g = gen("a")
next(g)
del g
print("after del g")

def f():
    h = gen("b")
    next(h)
    print("in f")
f()
print("after f")

def loop():
    for x in gen("c"):
        break
    print("after break")
loop()

k = gen("never started")
del k
print("after never started")

def gen2():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
import sys
sys.unraisablehook = lambda u: print("unraisable", u.exc_type.__name__, type(u.object).__name__)
g2 = gen2()
next(g2)
g2 = None
print("after g2")


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__)


def gen3():
    with CM():
        yield 1


g3 = gen3()
next(g3)
g3 = None
print("end")

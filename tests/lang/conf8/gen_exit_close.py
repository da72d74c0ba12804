# not in the image: process exit (atexit, generators closed at exit)
# suspended generators left in the globals are closed at exit (after atexit), in order
# (stderr, with "Exception ignored in: <generator ... at 0x...>", is not compared)
import atexit
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
def withgen():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print("exit cm", a[0].__name__)
    with CM():
        yield "w"
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
atexit.register(print, "atexit runs first")
a = gen("a"); next(a)
b = gen("b")
c = gen("c"); list(c)
w = withgen(); next(w)
_u = gen("underscore"); next(_u)
k = catcher(); next(k)
x = bad(); next(x)
z = gen("z"); next(z)
print("end of main")

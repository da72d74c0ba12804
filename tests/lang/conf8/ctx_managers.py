# not in the image: files (__file__)
import contextlib, io, sys
class Timer:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError
with Timer("a") as t, Timer("b"):
    print("body", t.name)
with Timer("c"):
    raise KeyError("swallowed")
print("after c")
try:
    with Timer("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled zde in", name)
    finally:
        print(f"</{name}>")
with tag("p") as up:
    with tag("b"):
        print("text", up)
with tag("x"):
    1 / 0
print("ok")
try:
    with tag("y"):
        [][1]
except IndexError as e:
    print("IndexError", e)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["k"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2, sep="|")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in ("e1", "e2", "e3"):
        st.enter_context(tag(n))
    st.callback(print, "callback ran")
    print("in stack")
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
class Reentrant:
    depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        print(a, b, r.depth)
print(r.depth)
with open(__file__) as fh:
    print(fh.readline().strip()[:20], fh.closed)
print(fh.closed)
try:
    fh.read()
except ValueError as e:
    print(e)
class Closer:
    def close(self): print("closed!")
with contextlib.closing(Closer()):
    print("using")
with contextlib.nullcontext(5) as v:
    print(v)

import contextlib
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext
import io, sys

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled {e!r} in {name}")
    finally:
        print(f"</{name}>")

with tag("html") as t:
    print("inside", t)
    with tag("body"):
        raise ValueError("bad")
    print("after body")

@contextmanager
def timer_like(log):
    log.append("start")
    yield log
    log.append("end")
log = []
with timer_like(log) as l:
    l.append("work")
print(log)
try:
    with timer_like(log):
        raise RuntimeError("x")
except RuntimeError as e:
    print("propagated", e, log)

class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name); return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False
    def close(self): print("closing()", self.name)

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("using", [r.name for r in rs])
with ExitStack() as stack:
    stack.enter_context(Resource("a"))
    s2 = stack.pop_all()
print("popped")
s2.close()
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed ok")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print(repr(buf.getvalue()))
with closing(Resource("c")) as r:
    print("with closing", r.name)
with nullcontext(5) as v:
    print("null", v)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self): print("enter deco"); return self
    def __exit__(self, *a): print("exit deco"); return False
@Reentrant()
def decorated(x):
    print("body", x)
decorated(1)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with Resource("x") as a, Resource("y") as b:
    print(a.name, b.name)
try:
    with Resource("z"):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
sio = io.StringIO("line1\nline2\n")
print(sio.readline(), sio.read(), sio.tell())
with io.StringIO() as f:
    f.write("abc"); f.seek(0); print(f.read())
print(f.closed)
class Lock:
    def __init__(self): self.held = False
    def __enter__(self):
        assert not self.held, "already held"
        self.held = True
    def __exit__(self, t, v, tb):
        self.held = False
lk = Lock()
with lk:
    try:
        with lk:
            pass
    except AssertionError as e:
        print("AssertionError:", e)
print(lk.held)

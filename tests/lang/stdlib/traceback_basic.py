import sys as _sys
_DIR = __file__.rpartition("/")[0] + "/"
class _StripDir:
    # Paths in the output are relative to the test's directory (it moves with the repo).
    def write(self, s):
        return _sys.__stdout__.write(s.replace(_DIR, ""))
    def flush(self):
        _sys.__stdout__.flush()
_sys.stdout = _StripDir()
import sys
import traceback
import io

def inner(x):
    return 1 / x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError as e:
    err = e
    print(traceback.format_exc(), end="")
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    print("".join(traceback.format_tb(e.__traceback__, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=2)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    s = traceback.extract_tb(e.__traceback__)
    print(len(s), [(f.name, f.lineno, f.line) for f in s], s[0].filename == __file__, repr(s[-1]).startswith("<FrameSummary file "))
    print([tuple(f)[1:] for f in s])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    buf = io.StringIO()
    traceback.print_tb(e.__traceback__, file=buf)
    print(buf.getvalue(), end="")
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue(), end="")
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()), te.exc_type.__name__, str(te), len(te.stack))

print(repr(traceback.format_exc()))

def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e

try:
    chained()
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("".join(traceback.TracebackException.from_exception(e).format()), end="")

try:
    try:
        int("x")
    except ValueError:
        None.foo
except AttributeError as e:
    print("".join(traceback.format_exception(e)), end="")

print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 3, 5, "x = = 1\n"))))
print(traceback.format_exception_only(KeyError("k")), traceback.format_exception_only(Exception()))
print(traceback.format_list([("f.py", 10, "func", "x = 1"), ("g.py", 2, "<module>", "")]))

def show_stack():
    return traceback.extract_stack()
st = show_stack()
print([(f.name, f.line) for f in st[-2:]])
def show_stack2():
    return "".join(traceback.format_stack(limit=2))
print(show_stack2(), end="")
buf = io.StringIO()
def ps():
    traceback.print_stack(file=buf)
ps()
print(buf.getvalue(), end="")

def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    return rec(n - 1)
try:
    rec(10)
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_tb(e.__traceback__)), end="")
fs = traceback.FrameSummary("x.py", 3, "f", line="  a = 1  ")
print(fs.line, fs == ("x.py", 3, "f", "a = 1"), list(fs), len(fs))
print(traceback.StackSummary.from_list([("a.py", 1, "m", "pass")]).format())
e2 = ValueError("no tb")
print(traceback.format_exception(e2), traceback.format_tb(None))
def wa():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(None)]
def wb():
    return wa()
print(wb())
s = traceback.StackSummary.extract(traceback.walk_stack(None))
print([(x.name, x.lineno, x.line) for x in s])
try:
    1 / 0
except ZeroDivisionError as e:
    s = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print([(x.name, x.lineno, x.line) for x in s], [n for f, n in traceback.walk_tb(e.__traceback__)])

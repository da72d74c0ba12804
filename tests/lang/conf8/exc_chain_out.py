# not in the image: __file__
import traceback, sys
def show(e):
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
def f():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e
try:
    f()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__ is e.__cause__)
    show(e)
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
try:
    g()
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    show(e)
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
try:
    h()
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    show(e)
try:
    try:
        raise OSError(2, "No such file", "x.txt")
    finally:
        print("finally runs")
except OSError as e:
    print(e, e.errno, e.strerror, e.filename, type(e).__name__)
try:
    raise FileNotFoundError(2, "nope", "f.txt")
except OSError as e:
    print(repr(e), type(e).__name__, isinstance(e, FileNotFoundError))
e1 = OSError(2, "x")
print(type(e1).__name__, repr(OSError(13, "perm")), repr(OSError("just msg")))
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(e)
class MyErr(Exception):
    def __str__(self): return "custom str"
try:
    raise MyErr(1, 2)
except MyErr as e:
    print(e, repr(e), e.args)
    show(e)
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    except LookupError as e:
        raise LookupError(f"level {n}") from e
try:
    deep(2)
except LookupError as e:
    x = e
    chain = []
    while x:
        chain.append(str(x))
        x = x.__cause__
    print(chain)
print(repr(Exception()), str(Exception()), repr(Exception("a", 1)), str(Exception("a", 1)), str(KeyError("k")), str(KeyError()))
e = Exception("base"); e.add_note("note 1"); e.add_note("note 2")
show(e)
try:
    e.add_note(5)
except TypeError as te:
    print(te)

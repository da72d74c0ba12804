# format_exception/format_tb element boundaries, limits, notes, chains, repeats.
import sys, traceback
_DIR = __file__.rpartition("/")[0] + "/"
def out(lines):
    print("".join(lines).replace(_DIR, ""), end="")
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines), lines[-1].replace(_DIR, ""), end="")
    out(traceback.format_exception(e)[-4:])
def f():
    try:
        raise KeyError("a")
    except KeyError as k:
        e = ValueError("v")
        e.add_note("note one")
        e.add_note("note two")
        raise e from k
try:
    f()
except ValueError as e:
    out(traceback.format_exception(e, limit=1))
    out(traceback.format_exception(e, limit=0))
    out(traceback.format_exception_only(e))
    out(traceback.format_exception(e, chain=False, limit=-1))
e2 = RuntimeError("no tb")
e2.__cause__ = ValueError("cause no tb")
out(traceback.format_exception(e2))
out(traceback.format_exception(e2, limit=2))
class MyErr(Exception):
    def __str__(self):
        raise ValueError("bad str")
try:
    raise MyErr()
except MyErr as e:
    out(traceback.format_exception_only(e))
    out(traceback.format_exception(e, limit=5))

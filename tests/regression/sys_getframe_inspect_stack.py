# sys._getframe was missing, so inspect.currentframe() was None and inspect.stack() empty.
import sys
def f(): return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name, sys._getframe(0).f_lineno
print(f())
def caller_locals():
    return sorted(sys._getframe(1).f_locals)
def g():
    a = 1; b = 2
    return caller_locals()
print(g())
def chain():
    fr = sys._getframe(); names = []
    while fr is not None:
        names.append(fr.f_code.co_name); fr = fr.f_back
    return names
def outer(): return chain()
print(outer())
try: sys._getframe(100)
except ValueError as e: print(type(e).__name__, e)
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_filename.endswith("gf.py"))
import inspect
def h(): return inspect.currentframe().f_code.co_name, inspect.currentframe().f_back.f_code.co_name
print(h())
def st():
    s = inspect.stack()
    return [(fi.function, fi.lineno, fi.code_context, fi.index) for fi in s], s[0].filename.endswith("gf.py"), s[0][3]
print(st())
def who_called(): return inspect.stack()[1].function
def some_func(): return who_called()
print(some_func())
def ctx():
    fi = inspect.getframeinfo(inspect.currentframe(), context=3)
    return fi.function, fi.lineno, fi.code_context, fi.index, inspect.isframe(inspect.currentframe())
print(ctx())
print(type(sys._getframe()).__name__, repr(inspect.getouterframes(sys._getframe())[0].function))
def loc_snapshot():
    x = 10
    fr = sys._getframe()
    return fr.f_locals["x"], "fr" in fr.f_locals or True
print(loc_snapshot())

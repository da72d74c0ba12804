# errors that cannot be raised (a generator's cleanup failing when a for loop drops it or
# at exit) go to sys.unraisablehook with an UnraisableHookArgs
import sys
def bad(tag):
    try:
        yield 1
    finally:
        raise ValueError(f"cleanup failed {tag}")
def hook(u):
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg,
          type(u.object).__name__, u.object.__name__, u.exc_traceback is not None,
          type(u.exc_value.__context__).__name__)
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
sys.unraisablehook = hook
for x in bad("loop"):
    break
print("after loop")
def f():
    for x in bad("in function"):
        return x
print(f())
def badhook(u):
    raise RuntimeError("hook broke")
sys.unraisablehook = badhook
for x in bad("badhook"):
    break
print("after badhook (its error goes to stderr)")
sys.unraisablehook = hook
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)
g = bad("at exit"); next(g)
print("end of main")

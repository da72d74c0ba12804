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
import warnings
sys.stderr = sys.stdout

def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)

def g():
    warnings.warn("user warning here")

for i in range(3):
    g()
warnings.warn("top level")
warnings.warn("top level")
warnings.warn(UserWarning("instance"))
warnings.warn("runtime", RuntimeWarning)
f()
def call_f():
    f()
call_f()
warnings.warn("deep", stacklevel=10)
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn("bad", category="x")
except TypeError as e:
    print("TypeError", e)
print(warnings.filters[:2] if False else len(warnings.filters) >= 4)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", FutureWarning)
    g(); g()
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename == __file__)
    print(str(w[1]).startswith("{message : FutureWarning('rec2'), category : 'FutureWarning', filename : "))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")
    try:
        warnings.warn("still error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.filterwarnings("ignore", message="also")
    warnings.warn("skip me")
    warnings.warn("Skip me too")
    warnings.warn("keep me")
    warnings.warn("ALSO ignored")
    warnings.warn("not also")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once msg")
    warnings.warn("once msg", RuntimeWarning)
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("mod msg")
    warnings.warn("mod msg")
    print(len(w))
with warnings.catch_warnings(action="ignore"):
    warnings.warn("quiet")
print(warnings.formatwarning("msg", UserWarning, "file.py", 12), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 12, line="  x = 1  "), end="")
warnings.showwarning("shown", UserWarning, "some.py", 3, file=sys.stdout, line="code()")
warnings.warn_explicit("explicit", UserWarning, "exp.py", 42)
warnings.warn_explicit("explicit", UserWarning, "exp.py", 42)
warnings.warn_explicit("explicit2", SyntaxWarning, "exp.py", 43, module="mymod", registry={})
def my_show(message, category, filename, lineno, file=None, line=None):
    print("CUSTOM:", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("via custom")
warnings.showwarning = old
def my_fmt(message, category, filename, lineno, line=None):
    return "FMT %s %s\n" % (category.__name__, message)
oldf = warnings.formatwarning
warnings.formatwarning = my_fmt
warnings.warn("formatted")
warnings.formatwarning = oldf
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.filterwarnings("ignore", lineno=-1)
except AssertionError as e:
    print("AssertionError", e)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset DeprecationWarning", DeprecationWarning)
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))

import sys
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: sys.getswitchinterval())
t(lambda: sys.setswitchinterval(0.001)); t(lambda: sys.getswitchinterval())
t(lambda: sys.setswitchinterval(0)); t(lambda: sys.setswitchinterval(-1.5)); t(lambda: sys.setswitchinterval('a')); t(lambda: sys.setswitchinterval())
t(lambda: sys.setswitchinterval(2)); t(lambda: sys.getswitchinterval())
t(lambda: sys.call_tracing(len, ([1, 2],))); t(lambda: sys.call_tracing(len)); t(lambda: sys.call_tracing(len, [1])); t(lambda: sys.call_tracing(max, (3, 9, 2)))
t(lambda: type(sys.stdlib_module_names).__name__); t(lambda: len(sys.stdlib_module_names))
t(lambda: sorted(n for n in sys.stdlib_module_names if n.startswith('co')))
t(lambda: 'safepy' in sys.stdlib_module_names)
t(lambda: sys.unraisablehook(1)); t(lambda: sys.unraisablehook is sys.__unraisablehook__ or sys.unraisablehook == sys.__unraisablehook__)
t(lambda: sys.breakpointhook.__name__); t(lambda: sys.__breakpointhook__.__name__)
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or 'hooked'
t(lambda: breakpoint()); t(lambda: breakpoint(1, x=2)); t(lambda: calls)
del sys.breakpointhook
t(lambda: breakpoint())
sys.breakpointhook = sys.__breakpointhook__
import os
os.environ['PYTHONBREAKPOINT'] = '0'
t(lambda: breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
t(lambda: breakpoint('abc'))
os.environ['PYTHONBREAKPOINT'] = 'len'
t(lambda: breakpoint([1]))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
t(lambda: breakpoint('a', 'b'))
import warnings
os.environ['PYTHONBREAKPOINT'] = 'no_such_mod_q.func'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t(lambda: breakpoint())
    t(lambda: [(x.category.__name__, str(x.message)) for x in w])
os.environ['PYTHONBREAKPOINT'] = 'os.no_such_func'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t(lambda: breakpoint())
    t(lambda: [(x.category.__name__, str(x.message)) for x in w])
t(lambda: callable(breakpoint)); t(lambda: breakpoint.__name__)
t(lambda: type(dict.__dict__['fromkeys']).__name__)
t(lambda: type(int.__dict__['from_bytes']).__name__)
t(lambda: type(bytes.__dict__['fromhex']).__name__)
t(lambda: type(float.__dict__['fromhex']).__name__)
t(lambda: type(dict.__dict__['get']).__name__)
d = dict.__dict__['fromkeys']
t(lambda: d(dict, 'ab')); t(lambda: d({}, 'ab')); t(lambda: d(int, 'ab')); t(lambda: d()); t(lambda: d.__get__(None, int)); t(lambda: d.__get__(None, None))
t(lambda: (d.__name__, d.__qualname__, d.__objclass__)); t(lambda: repr(d)); t(lambda: d.__get__({})(['k']))
class MyDict(dict): pass
t(lambda: type(MyDict.fromkeys('a')).__name__); t(lambda: d(MyDict, 'x'))
t(lambda: type(reversed({})).__name__); t(lambda: type(reversed({}.keys())).__name__); t(lambda: type(reversed({}.values())).__name__); t(lambda: type(reversed({}.items())).__name__)
dd = {'a': 1, 'b': 2, 'c': 3}
t(lambda: list(reversed(dd))); t(lambda: list(reversed(dd.values()))); t(lambda: list(reversed(dd.items())))
r = reversed(dd); t(lambda: next(r)); t(lambda: r.__length_hint__()); t(lambda: iter(r) is r)
dd['d'] = 4
t(lambda: next(r))
t(lambda: type(reversed(dd)) is type(reversed(dd))); t(lambda: type(reversed(dd)) is type(iter(dd)))
t(lambda: type(reversed(dd)).__module__ if hasattr(type(reversed(dd)), '__module__') else None)
import collections.abc
t(lambda: isinstance(reversed(dd), collections.abc.Iterator))
def S3f():
    class S3:
        pass
    try:
        S3.__init_subclass__(1)
    except TypeError as e: print(e)
    try:
        type('S4', (S3,), {}, kw=1)
    except TypeError as e: print(e)
S3f()
t(lambda: object.__init_subclass__(x=1))
import sys; print(sys.__excepthook__.__name__, sys.__displayhook__.__name__, sys.__excepthook__ is sys.excepthook)
t(lambda: sys.setswitchinterval(1e-300)); t(lambda: sys.getswitchinterval())
t(lambda: sys.setswitchinterval(0.0000015)); t(lambda: sys.getswitchinterval())

# not in the image: linecache reads the main module's own file (__file__), which the image run does not have
import inspect
def sample(a, b=2):
    """Doc."""
    return a + b
print(inspect.getsource(sample))
print(inspect.getdoc(sample), inspect.getmodule(sample).__name__, inspect.getfile(sample).endswith('misc_mods.py'))
print(inspect.getsourcelines(sample)[1])
class K:
    def m(self): pass
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.isclass(K), inspect.ismethod(K().m), inspect.isfunction(K.m), inspect.isbuiltin(len))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.stack()[0].function)
def caller():
    return inspect.stack()[1].function
def outer_fn():
    return caller()
print(outer_fn())
import sys
print(sys._getframe().f_code.co_filename.endswith('misc_mods.py'), sys._getframe(0).f_back)
def g():
    return sys._getframe(1).f_code.co_name
def h():
    return g()
print(h())
print(sample.__code__.co_name, sample.__code__.co_firstlineno, sample.__code__.co_filename.endswith('.py'), sample.__code__.co_consts[0])
print(sample.__module__, sample.__qualname__, sample.__globals__ is globals(), sample.__closure__)
def mk():
    v = 1
    def inner(): return v
    return inner
print(mk().__closure__[0].cell_contents, mk().__code__.co_freevars)
import linecache
print(repr(linecache.getline(__file__, 2)))
import traceback
def tb_fn():
    return traceback.extract_stack()[-1].name
print(tb_fn())
try:
    1 / 0
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    print(traceback.extract_tb(sys.exc_info()[2])[0].line)
print(sys.exc_info())
import keyword, builtins
print(keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), 'async' in keyword.kwlist)
print(sorted(n for n in dir(builtins) if n.islower() and not n.startswith('_'))[:12])

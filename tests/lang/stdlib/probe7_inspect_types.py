import inspect, types, functools, sys
def func(a, b: int = 2, *args, c, d='x', **kw) -> str:
    "A docstring."
    return 'r'
sig = inspect.signature(func)
print(sig, list(sig.parameters), sig.parameters['b'].annotation, sig.parameters['c'].kind, sig.return_annotation, sig.parameters['d'].default)
ba = sig.bind(1, c=3, e=5); ba.apply_defaults(); print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.isfunction(func), inspect.isclass(int), inspect.ismethod(func), inspect.isgeneratorfunction(func), inspect.getdoc(func), inspect.iscoroutinefunction(func))
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1
print(inspect.signature(C.m), inspect.signature(C().m), inspect.ismethod(C().m), [n for n, _ in inspect.getmembers(C, inspect.isfunction)], inspect.getmro(bool))
print(str(inspect.signature(lambda x, /, y, *, z: 0)), inspect.Parameter.POSITIONAL_ONLY, inspect.signature(functools.partial(func, 1)))
print(type(func) is types.FunctionType, type(len) is types.BuiltinFunctionType, isinstance(C().m, types.MethodType), types.SimpleNamespace(a=1, b=[2]), types.ModuleType('m'))
ns = types.SimpleNamespace(x=1); ns.y = 2; print(ns, ns == types.SimpleNamespace(x=1, y=2), vars(ns))
mp = types.MappingProxyType({'a': 1})
try:
    mp['b'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(mp['a'], dict(mp), types.new_class('Dyn', (object,), {}).__name__, type('T', (), {'v': 3})().v)
def gen(): yield
print(inspect.isgenerator(gen()), inspect.getgeneratorstate(gen()), type(gen()).__name__, types.GeneratorType)
frame = inspect.currentframe(); print(frame.f_code.co_name, frame.f_lineno > 0, inspect.stack()[0].function)
print(func.__name__, func.__qualname__, func.__defaults__, func.__kwdefaults__, func.__annotations__, func.__code__.co_argcount, func.__code__.co_kwonlyargcount, func.__code__.co_varnames[:4])
print(callable(C), callable(C()), hasattr(C, 'p'), getattr(C, 'zz', 'dflt'), C.__dict__['cm'].__class__.__name__, inspect.isabstract(C))
print(inspect.cleandoc('''
    first
      indented
    last'''), inspect.getattr_static(C, 'p').__class__.__name__, sys.getrecursionlimit() > 0)
